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

// web (TCP 8080) may open connections to 10.0.0.0/8 on every port and to app on TCP 80 only;
// app declares no port, nor does the address nas outside the cluster; nothing isolates app.
const OUTSIDE = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec:
  containers: [{name: web, image: nginx, ports: [{containerPort: 8080, protocol: TCP}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: app, namespace: shop, labels: {app: app}}
spec:
  containers: [{name: app, image: busybox}]
---
apiVersion: netpol-canvas.dev/v1alpha1
kind: ExternalEndpoint
metadata: {name: nas}
spec: {cidr: 10.1.2.3/32}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
  - to: [{podSelector: {matchLabels: {app: app}}}]
    ports: [{protocol: TCP, port: 80}]
`;

test('without ports: an address reached, a partly allowed line explained, an edit told', async ({
  page,
  canvas,
  toolbar,
  policyPanel,
}) => {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('outside.yaml', OUTSIDE);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  // app's egress is open: it reaches nas on every port, as `explain --to nas` says.
  await canvas.workload('shop/app').click();
  const to = page.getByRole('region', { name: 'Opens connections to' });
  await expect(to.getByRole('button', { name: /^nas/ })).toHaveText('nas all ports');
  await expect(canvas.lineBetween('shop/app', 'nas')).toBeAttached();

  // web → app gets through on TCP 80 only: its explanation says what is allowed and what not.
  await canvas.workload('shop/web').click();
  await page
    .getByRole('region', { name: 'Opens connections to' })
    .getByRole('button', { name: /^shop\/app/ })
    .click();
  const explanation = page
    .getByRole('complementary', { name: 'Panels' })
    .getByLabel('Flow explanation');
  await expect(explanation).toContainText('shop/web → shop/app on TCP port 80: ALLOWED');
  await expect(explanation).toContainText(
    'shop/web → shop/app on any TCP port: BLOCKED by the egress check at shop/web',
  );

  // Deleting web-out opens every other port into app: the status line says so.
  await policyPanel.open();
  await policyPanel.item('web-out').click();
  await policyPanel.form('web-out').waitFor();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Now allowed' })).toContainText(
    'Now allowed: shop/web → shop/app all ports but TCP 80.',
  );
});
