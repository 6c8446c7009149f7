/**
 * A large design zoomed in: the cards away from the view are drawn empty (their text and dots
 * go; their box, their name for screen readers and their place in the keyboard order stay), so
 * that a camera move to a few cards (F, Find, Show) lays out and paints those, not all of them.
 * Find, Tab and the arrow keys still reach every card, and show it whole.
 */
import { readFile } from 'node:fs/promises';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 320, policies: 60, namespaces: 8, seed: 5 });
const workloadIn = (namespace: string) => {
  const found = DOC.workloads.find((w) => w.namespace === namespace);
  if (found === undefined) throw new Error(`the generated cluster has no workload in ${namespace}`);
  return { key: `${found.namespace}/${found.name}`, name: found.name };
};
const FIRST = workloadIn('ns-1');
const LAST = workloadIn('ns-7');

test('on a large design zoomed in, far cards are empty, and Find, Tab and arrows reach them', async ({
  page,
  canvas,
  collapsed,
}) => {
  // 320 cards opened and expanded, two moves of the camera, and a picture of the whole design
  // in full detail (every card and line copied and styled): each wait is for what it means, and
  // together over 150 s on a busy 2-core machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await collapsed.open('cluster-320.yaml', DOC);
  await collapsed.expandAll.click();
  await expect(page.getByTestId(/^node\.workload\./)).toHaveCount(320, { timeout: 60_000 });
  const nameOf = (card: { key: string; name: string }) =>
    canvas.workload(card.key).getByText(card.name, { exact: true });
  // The whole design in view: every card drawn in full.
  await expect(nameOf(LAST)).toBeVisible();

  // Find moves the camera to it, zoomed in to full detail: seconds on a busy machine.
  await canvas.find(FIRST.key);
  await canvas.cameraMoved();
  await collapsed.inBand('full');
  await expect(nameOf(FIRST)).toBeVisible();
  // Far from the view: still in the page and named, but drawn empty.
  await expect(page.getByRole('group', { name: `Workload ${LAST.key}`, exact: true })).toHaveCount(
    1,
  );
  await expect(nameOf(LAST)).toBeHidden();
  await expect(page.getByTestId(/^node\.workload\./)).toHaveCount(320);
  // A picture of the whole design draws every card in full, the far ones too.
  await page.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the diagram as a picture' });
  await dialog.getByLabel('SVG (documents; sharp at any size)').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save picture' }).click();
  const svg = await readFile(await (await download).path(), 'utf8');
  expect(svg).toContain(LAST.name);
  expect(svg).not.toMatch(/content-visibility: hidden/);

  // Find moves the camera to it: drawn whole.
  await canvas.find(LAST.key);
  await canvas.cameraMoved();
  await expect(nameOf(LAST)).toBeVisible();
  await expect(nameOf(FIRST)).toBeHidden();

  // Tab on to the first workload in the keyboard order, then an arrow key to its neighbour:
  // each is brought into view and drawn whole.
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
  const shownWhole = (id: string) => {
    const key = id.slice('workload:'.length);
    return nameOf({ key, name: key.slice(key.indexOf('/') + 1) });
  };
  await page.getByRole('tab', { name: 'Canvas' }).focus();
  for (let i = 0; i < 80 && !(await focusedId()).startsWith('workload:'); i++) {
    await page.keyboard.press('Tab');
  }
  const tabbed = await focusedId();
  expect(tabbed).toMatch(/^workload:/);
  await expect(shownWhole(tabbed)).toBeVisible();
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await focusedId()) !== tabbed) break;
  }
  const arrowed = await focusedId();
  expect(arrowed).not.toBe(tabbed);
  expect(arrowed).toMatch(/^workload:/);
  await expect(shownWhole(arrowed)).toBeVisible();
});
