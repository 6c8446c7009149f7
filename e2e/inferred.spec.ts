/**
 * A Git folder of policies has no pods: the canvas shows what the policies
 * intend with inferred pods (one per selector), marked as such, and the pods
 * of a later import take their place.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializePolicies } from '../src/io';
import { expect, test } from './fixtures';

/** Frontend may reach backend on 8080; backend takes nothing else; all else denied by default. */
const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend, namespace: shop}
spec:
  podSelector: {matchLabels: {app: backend}}
  policyTypes: [Ingress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
    ports: [{protocol: TCP, port: 8080}]
`;

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: frontend, namespace: shop, labels: {app: frontend}}
spec: {containers: [{name: web, image: web}]}
---
apiVersion: v1
kind: Pod
metadata: {name: backend, namespace: shop, labels: {app: backend}}
spec: {containers: [{name: api, image: api, ports: [{containerPort: 8080}]}]}
`;

function file(name: string, text: string) {
  return { name, mimeType: 'text/yaml', buffer: Buffer.from(text) };
}

test.describe('when a folder of policies without pods is opened', () => {
  test('inferred pods show what the policies intend, with the line between them', async ({
    page,
    canvas,
    toolbar,
    inspector,
  }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.fileInput.setInputFiles(file('policies.yaml', POLICIES));

    const frontend = canvas.workload('shop/frontend');
    await expect(frontend).toHaveAccessibleName(
      'Inferred workload shop/frontend: pods with app=frontend, inferred from policies',
    );
    await expect(frontend).toContainText('inferred from policies');
    await expect(frontend).toContainText('pods with app=frontend');
    await expect(canvas.workload('shop/backend')).toContainText('ports TCP 8080');
    await expect(canvas.workload('shop/all-pods')).toContainText('every pod');
    await expect(canvas.line('shop/frontend', 'shop/backend')).toBeAttached();
    await expect(canvas.namespace('shop')).not.toContainText('No workloads yet');
    await expect(canvas.namespace('shop')).toContainText('pods inferred from policies');

    await frontend.click();
    await expect(inspector.panel).toContainText('inferred in namespace shop');
    await expect(inspector.panel).toContainText('Importing the namespace’s pods replaces it.');
    await expect(inspector.panel).toContainText('kubectl get pods -n shop -o yaml');
    await expect(page.getByLabel('Draw a flow from shop/frontend')).toHaveCount(0);

    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.getByRole('button', { name: 'Fit view' }).click();
      await canvas.settledBox(frontend);
      await page.screenshot({
        path: `test-results/inferred-${String(size.width)}x${String(size.height)}.png`,
      });
    }

    // The pods, imported with the policies, take the inferred pods' place.
    await toolbar.fileInput.setInputFiles([
      file('policies.yaml', POLICIES),
      file('pods.yaml', PODS),
    ]);
    await expect(canvas.workload('shop/frontend')).toHaveAccessibleName('Workload shop/frontend');
    await expect(canvas.line('shop/frontend', 'shop/backend')).toBeAttached();
    await expect(page.getByRole('group', { name: /^Inferred workload/ })).toHaveCount(0);
  });

  test('"Add as workloads" makes the inferred pods real, editable workloads', async ({
    page,
    canvas,
    toolbar,
    inspector,
  }) => {
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.fileInput.setInputFiles(file('policies.yaml', POLICIES));
    await canvas.workload('shop/backend').click();
    // Its port reads as on its card and its line: protocol first.
    await expect(
      inspector.panel.getByRole('definition').filter({ hasText: /^TCP 8080$/ }),
    ).toBeVisible();
    await inspector.panel
      .getByRole('button', { name: 'Add the 3 inferred pods of shop as workloads' })
      .click();
    await expect(canvas.workload('shop/backend')).toHaveAccessibleName('Workload shop/backend');
    await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveValue('backend');
    await expect(canvas.line('shop/frontend', 'shop/backend')).toBeAttached();
    await toolbar.undo.click();
    await expect(canvas.workload('shop/backend')).toHaveAccessibleName(/^Inferred workload/);
  });
});

test.describe('when a large Git folder of policies is opened', () => {
  test('its namespaces open collapsed, each box counting its inferred pods', async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const cluster = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 4 });
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.fileInput.setInputFiles(file('policies.yaml', serializePolicies(cluster)));
    await expect(page.getByRole('status')).toContainText('namespaces collapsed', {
      timeout: 30_000,
    });
    await expect(canvas.namespace('ns-1')).toContainText(/\d+ inferred workloads/);
    await expect(canvas.root.getByTestId(/^node\.workload\./)).toHaveCount(0);
  });
});
