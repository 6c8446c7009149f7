/**
 * What a picked workload's lists and lines say of the places outside the cluster and of a path
 * allowed on some ports only: the engine's answers, where the canvas said less.
 */
import { expect, test } from './fixtures';

// web (TCP 8080) may open connections to 10.0.0.0/8 on every port and to app on TCP 80 only;
// app declares no port and no policy selects it: its egress is open, and no rule names it.
const DESIGN = `apiVersion: v1
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

test.beforeEach(async ({ page, canvas, toolbar }) => {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('outside.yaml', DESIGN);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
});

test('a path allowed on some ports only says so in the Inspector, as its line does', async ({
  page,
  canvas,
}) => {
  await canvas.workload('shop/web').click();
  const outbound = page.getByRole('region', { name: 'Outbound (it opens the connection)' });
  const row = outbound.getByRole('button', { name: /shop\/web → shop\/app/ });
  await expect(row).toHaveText('partlyshop/web → shop/app TCP 80 only; other ports blocked');
  await expect(row).toHaveAttribute('title', /^partly allowed: TCP 80 allowed by web-out/);
  await page.screenshot({ path: 'test-results/outside-paths-partly.png' });
});

test('a workload with open egress reaches the IP block’s card: its line and its row', async ({
  page,
  canvas,
}) => {
  await canvas.workload('shop/app').click();
  const outbound = page.getByRole('region', { name: 'Outbound (it opens the connection)' });
  await expect(
    outbound.getByRole('button', { name: /shop\/app → IP block 10\.0\.0\.0\/8/ }),
  ).toHaveText('allowedshop/app → IP block 10.0.0.0/8 all ports');
  const line = page.getByTestId('edge.workload:shop/app>ipBlock:10.0.0.0/8');
  await expect(line).toBeAttached();
  await page.screenshot({ path: 'test-results/outside-paths-open-egress.png' });

  // The card itself lists who reaches it: both workloads.
  await page.getByTestId('node.ipBlock:10.0.0.0/8').click();
  const inbound = page.getByRole('region', { name: 'Inbound (it accepts the connection)' });
  await expect(inbound.getByRole('button')).toHaveText([
    'allowedshop/web → IP block 10.0.0.0/8 all ports',
    'allowedshop/app → IP block 10.0.0.0/8 all ports',
  ]);
});
