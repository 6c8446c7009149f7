/**
 * Services as users write them: a rule written for the Service's port where
 * the pods receive its targetPort is a finding with a one-click fix; the
 * Inspector shows both ports; the walk takes a Service as its destination and
 * follows the connection to the pod's own port.
 */
import { expect, test } from './fixtures';

const SHOP = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: curl}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {matchLabels: {app: client}}}], ports: [{port: 80}]}]
`;

test('a rule for the Service port is found, explained by a walk to the Service, and fixed', async ({
  page,
  canvas,
  inspector,
  toolbar,
  walk,
}) => {
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('shop.yaml', SHOP);
  await expect(canvas.workload('shop/web')).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(
    'Imported shop.yaml: 1 namespace, 2 workloads, 1 policy, 1 Service.',
  );

  // the card names the Service that sends to it, its port as called and as the pods receive it
  await expect(canvas.workload('shop/web')).toContainText('svc web TCP 80 → 8080');

  // the Inspector shows the Service's port and the pods' port
  await canvas.workload('shop/web').click();
  const services = inspector.panel.getByRole('region', { name: 'Services' });
  await expect(services).toContainText('shop/web');
  await expect(services).toContainText('TCP 80 → 8080');

  // walking client → Service web:80 follows the connection to web's 8080, where it is blocked
  await walk.tab.click();
  await walk.panel.getByLabel('From (starts the connection)').selectOption('workload:shop/client');
  await walk.panel.getByLabel('To', { exact: true }).selectOption('service:shop/web');
  await expect(walk.panel.getByLabel('Port')).toHaveValue('80');
  await walk.panel.getByRole('button', { name: 'Walk', exact: true }).click();
  await expect(walk.panel.getByRole('note')).toContainText(
    'Through Service shop/web: TCP 80 reaches shop/web on TCP 8080, its targetPort.',
  );
  await expect(walk.panel).toContainText('BLOCKED');
  await page.screenshot({ path: 'test-results/services-walk.png' });

  // the finding says why, and its fix allows the pods' port
  const tab = page.getByRole('tab', { name: /^Findings \(\d+\)$/ });
  await tab.click();
  const panel = page.getByRole('region', { name: 'Findings' });
  const finding = panel
    .getByRole('listitem')
    .filter({ hasText: 'is the port of Service shop/web' });
  await expect(finding).toContainText('receive TCP 8080');
  await page.screenshot({ path: 'test-results/services-finding.png' });
  await finding.getByRole('button', { name: "Allow TCP 8080 (the pods' port)" }).click();
  await expect(finding).toHaveCount(0);

  await walk.tab.click();
  await walk.panel.getByLabel('To', { exact: true }).selectOption('service:shop/web');
  await walk.panel.getByRole('button', { name: 'Walk', exact: true }).click();
  await expect(walk.panel.getByRole('note')).toBeVisible();
  await expect(walk.panel.locator('.walk-summary')).toContainText('ALLOWED');
});
