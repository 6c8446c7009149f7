import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

// 200 workloads in 11 namespaces, opened collapsed; policy-35 (ns-6) selects these five.
const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 4242 });
const SELECTED = [
  'ns-6/app-1-worker-6',
  'ns-6/app-2-worker-28',
  'ns-6/app-4-cache-61',
  'ns-6/app-3-worker-160',
  'ns-6/app-0-cache-171',
];

test('a policy picked in the list brings its pods into view, then leaves the camera be', async ({
  page,
  canvas,
  toolbar,
  policyPanel,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign('held-200.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await policyPanel.open();
  await policyPanel.filterText.fill('policy-35');
  await policyPanel.namespace.selectOption('ns-6');
  await policyPanel.item('policy-35').click();
  await expect(policyPanel.form('policy-35')).toBeVisible();
  // ns-6 opens and the camera moves to the five pods the policy selects, as Find's does.
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  for (const key of SELECTED) {
    const pod = canvas.workload(key);
    await canvas.settledBox(pod);
    expect(await canvas.inView(pod), `${key} in view`).toBe(true);
  }
  const marks = page.locator('.react-flow__node').filter({ hasText: 'selected by policy' });
  await expect(marks).toHaveCount(SELECTED.length);
  await page.screenshot({ path: 'test-results/policy-pick-pods.png' });

  // Picked again while its pods are in view: the camera stays where the user has it.
  await policyPanel.item('policy-35').click();
  await expect(policyPanel.form('policy-35')).toBeHidden();
  const before = await canvas.viewport();
  await policyPanel.item('policy-35').click();
  await expect(policyPanel.form('policy-35')).toBeVisible();
  await expect.poll(() => canvas.cameraRequest()).toBeNull();
  expect(await canvas.viewport()).toEqual(before);
});

// policy-18 (ns-9) lets in pods with tier=api of env=prod, team=payments namespaces: three in
// ns-6 and one in kube-system, both collapsed.
test('a picked policy says which collapsed boxes hold its peers, and frames them', async ({
  page,
  canvas,
  toolbar,
  policyPanel,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign('held-200.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await policyPanel.open();
  await policyPanel.filterText.fill('policy-18');
  await policyPanel.namespace.selectOption('ns-9');
  await policyPanel.item('policy-18').click();
  await expect(policyPanel.form('policy-18')).toBeVisible();
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  // The boxes stay collapsed and count the peers they hold, as they count Find's matches.
  await expect(canvas.namespace('ns-6')).toContainText('3 peers of policy-18');
  await expect(canvas.namespace('kube-system')).toContainText('1 peer of policy-18');
  await expect(canvas.namespace('ns-6')).toContainText('Expand');
  // The camera frames the pods the policy selects and both boxes.
  for (const node of [
    canvas.workload('ns-9/app-6-worker-31'),
    canvas.workload('ns-9/app-2-worker-75'),
    canvas.namespace('ns-6'),
    canvas.namespace('kube-system'),
  ]) {
    await canvas.settledBox(node);
    expect(await canvas.inView(node)).toBe(true);
  }
  await page.screenshot({ path: 'test-results/policy-pick-peers.png' });

  // Unpicked: no box counts peers any more.
  await policyPanel.item('policy-18').click();
  await expect(policyPanel.form('policy-18')).toBeHidden();
  await expect(canvas.root).not.toContainText('of policy-18');
});
