/**
 * Nothing moves that the user did not move: deleting a workload, a policy or a namespace's last
 * workload leaves every other card and box where it was drawn (in screen pixels), in the example
 * opened without stored places and in a laid-out 200-workload file; Undo brings the deleted one
 * back where it was.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';
import type { PolicyPanel } from './pages/PolicyPanel';

type Places = Record<string, string>;

/**
 * The boxes of `after` that moved or changed since `before`; `resized` (the box that held the
 * deleted workload) may change its size, not its place.
 */
function movedSince(before: Places, after: Places, resized?: string): string[] {
  const corner = (at: string | undefined) => at?.split(' ').slice(0, 2).join(' ');
  return Object.entries(after)
    .filter(([id, at]) => (id === resized ? corner(at) !== corner(before[id]) : before[id] !== at))
    .map(([id, at]) => `${id}: ${before[id] ?? 'new'} → ${at}`);
}

/** Deletes the workload `key` by its card and the Delete key; Undo brings it back where it was. */
async function deleteWorkload(page: Page, canvas: Canvas, key: string): Promise<void> {
  const before = await canvas.settledPlaces();
  await canvas.workload(key).click();
  await page.keyboard.press('Delete');
  await expect(canvas.workload(key)).toHaveCount(0);
  await canvas.laidOut();
  const box = `node.namespace.${key.split('/')[0] ?? ''}`;
  expect(movedSince(before, await canvas.settledPlaces(), box)).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(canvas.workload(key)).toBeVisible();
  expect(await canvas.settledPlaces()).toEqual(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.workload(key)).toHaveCount(0);
}

/** Finds workload `key` (Ctrl+K, Enter): its namespace opens, the camera goes to it. */
async function find(page: Page, canvas: Canvas, key: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill(key.split('/')[1] ?? key);
  const first = page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first();
  await expect(first).toContainText(key);
  await page.keyboard.press('Enter');
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  await canvas.laidOut();
  await expect(canvas.workload(key)).toBeVisible();
}

/** Deletes the policy `name` from the Policies tab; no card moves, Undo brings it back. */
async function deletePolicy(page: Page, canvas: Canvas, policies: PolicyPanel, name: string) {
  // Picked in the list, a policy brings its pods into view: the camera moves before the delete.
  await policies.pick(name);
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  const before = await canvas.settledPlaces();
  await policies.panel.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(policies.item(name)).toHaveCount(0);
  await canvas.laidOut();
  expect(movedSince(before, await canvas.settledPlaces())).toEqual([]);
  await page.keyboard.press('Control+z');
  await expect(policies.item(name)).toBeVisible();
  expect(movedSince(before, await canvas.settledPlaces())).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(policies.item(name)).toHaveCount(0);
}

test.describe('when something is deleted from a design opened without stored places', () => {
  test('every other card stays where it was drawn, and Undo puts it back in its place', async ({
    page,
    canvas,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await deleteWorkload(page, canvas, 'prod/web');
    await deletePolicy(page, canvas, policyPanel, 'api-policy');
    // dev's only workload: dev stays, empty, where it was.
    await deleteWorkload(page, canvas, 'dev/api');
    await expect(canvas.namespace('dev')).toBeVisible();
    await page.screenshot({ path: 'test-results/kept-places-three-tier.png' });
  });
});

// ns-10 holds one workload and no policy: deleting it empties the namespace (a namespace with
// policies and no pods would show the workloads they select instead).
const GENERATED = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
const LONE = GENERATED.workloads.find((w) => w.namespace === 'ns-10');
const DOC = {
  ...GENERATED,
  workloads: GENERATED.workloads.filter((w) => w.namespace !== 'ns-10' || w === LONE),
  policies: GENERATED.policies.filter((p) => p.metadata.namespace !== 'ns-10'),
};
const NS1 = DOC.workloads.find((w) => w.namespace === 'ns-1')?.name ?? '';
const POLICY = DOC.policies.find((p) => p.metadata.namespace === 'ns-1')?.metadata.name ?? '';

test.describe('when something is deleted from a laid-out 200-workload file', () => {
  test('every other card stays where it was drawn, and Undo puts it back in its place', async ({
    page,
    canvas,
    collapsed,
    policyPanel,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await collapsed.open('cluster-200.yaml', DOC);
    await find(page, canvas, `ns-1/${NS1}`);
    await deleteWorkload(page, canvas, `ns-1/${NS1}`);
    await deletePolicy(page, canvas, policyPanel, POLICY);
    const lone = `ns-10/${LONE?.name ?? ''}`;
    await find(page, canvas, lone);
    await deleteWorkload(page, canvas, lone);
    await page.screenshot({ path: 'test-results/kept-places-200.png' });
  });
});
