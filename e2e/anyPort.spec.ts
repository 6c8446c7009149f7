/**
 * A workload that declares no container port (here pods inferred from a
 * folder of policies) takes connections on any port: picking it says who can
 * reach it, as `netpol-canvas explain` does, and draws the line, where it said
 * "Accepts connections from none".
 */
import { expect, test } from './fixtures';

// Four inferred workloads in shop, none with a port but db (5432, from its rule). api has no
// policy of its own: web (ingress isolated, egress open) reaches it on any port; db and batch
// are isolated for egress and reach nothing.
const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress, Egress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: api}}}]
    ports: [{protocol: TCP, port: 5432}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: batch-deny, namespace: shop}
spec:
  podSelector: {matchLabels: {app: batch}}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-deny-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
`;

test('a workload without ports accepts connections on any port, with its line', async ({
  page,
  canvas,
  toolbar,
}) => {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('no-ports.yaml', POLICIES);
  await expect(canvas.workload('shop/api')).toContainText('inferred from policies');

  await canvas.workload('shop/api').click();
  const from = page.getByRole('region', { name: 'Accepts connections from' });
  await expect(from.getByRole('heading')).toHaveText('Accepts connections from 1 of 3 workloads');
  await expect(from.getByRole('button', { name: /shop\/web/ })).toHaveText('shop/web all ports');
  // Both lists count every other workload.
  const to = page.getByRole('region', { name: 'Opens connections to' });
  await expect(to.getByRole('heading')).toContainText('of 3 workloads');
  // The line into it is drawn while it is picked, allowed on every port.
  const line = canvas.line('shop/web', 'shop/api');
  await expect(line).toBeAttached();
  await expect(line.locator('title')).toHaveText(/^all ports: allowed/);
});
