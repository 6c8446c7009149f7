import { expect, test } from './fixtures';

/** A cluster dump of policies only (`kubectl get netpol -n onlineboutique -o yaml`): no pods. */
const POLICIES_ONLY = `apiVersion: v1
kind: List
items:
${['adservice', 'cartservice', 'checkoutservice']
  .map(
    (app) => `- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: ${app}, namespace: onlineboutique}
  spec:
    podSelector: {matchLabels: {app: ${app}}}
    policyTypes: [Ingress]
    ingress:
    - from: [{podSelector: {matchLabels: {app: frontend}}}]`,
  )
  .join('\n')}
`;

test.describe('when a dump of policies without pods is imported', () => {
  test('the empty namespace box says why it is empty and how to bring the pods in', async ({
    page,
    toolbar,
    canvas,
  }) => {
    await page.goto('/');
    await toolbar.openYamlFile('netpols.yaml', POLICIES_ONLY);
    const box = canvas.namespace('onlineboutique');
    await expect(box).toContainText(
      'No workloads yet. 3 policies here select pods that are not in the design',
    );
    const command = box.getByText('kubectl get pods -n onlineboutique -o yaml');
    await expect(command).toBeVisible();
    const outer = await canvas.settledBox(box);
    const inner = await canvas.settledBox(box.locator('.nc-namespace-empty'));
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    await page.screenshot({ path: 'test-results/empty-namespace-policies-only.png' });
  });

  test('a namespace dropped from the palette asks for a workload', async ({ page, canvas }) => {
    await page.goto('/');
    await canvas.dropFromPalette('Namespace', 200, 160);
    await expect(canvas.root.getByText('No workloads yet: drag one in.')).toBeVisible();
    await page.screenshot({ path: 'test-results/empty-namespace-new.png' });
  });
});
