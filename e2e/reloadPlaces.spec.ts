/**
 * Nothing is lost over a reload: a box and a card the user moved in an opened file (a generated
 * cluster that opens collapsed) are where the hand put them after the page is reloaded, not back
 * in the places the automatic layout gives them ("Stored positions win").
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { AUTOSAVE_KEY, savedEntries } from './pages/savedDesign';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
const CARD = `ns-4/${DOC.workloads.find((w) => w.namespace === 'ns-4')?.name ?? ''}`;
const MOVED = ['namespace:ns-3', `workload:${CARD}`];

/** The stored places of the moved box and card, as the page holds them. */
function placesOf(page: Page) {
  return page.evaluate((ids) => {
    const positions = window.__editor?.getState().positions ?? {};
    return ids.map((id) => positions[id] ?? null);
  }, MOVED);
}

/** The same places as the autosave entry holds them. */
async function savedPlaces(page: Page) {
  const text = (await savedEntries(page))[AUTOSAVE_KEY];
  if (text === undefined) return null;
  const { positions } = JSON.parse(text) as { positions: Record<string, unknown> };
  return MOVED.map((id) => positions[id] ?? null);
}

test('a box and a card moved by hand in an opened file stay there over a reload', async ({
  page,
  canvas,
  collapsed,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await collapsed.open('cluster-200.yaml', DOC);
  await canvas.settledPlaces();
  await collapsed.expand('ns-4').click();
  await expect(canvas.workload(CARD)).toBeVisible({ timeout: 30_000 });
  // Expand brought the camera to ns-4: the whole design in view again, ns-3 with it.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await canvas.settledPlaces();
  const before = await placesOf(page);

  await canvas.dragBy(canvas.namespace('ns-3'), 0, 300);
  await canvas.dragBy(canvas.workload(CARD), 40, 60);
  const byHand = await placesOf(page);
  expect(byHand[0]).not.toEqual(before[0]);
  expect(byHand[1]).not.toEqual(before[1]);
  await expect.poll(() => savedPlaces(page), { timeout: 15_000 }).toEqual(byHand);

  await page.reload();
  await expect(page.getByRole('status')).toContainText(
    'Restored your last design from this browser.',
    { timeout: 30_000 },
  );
  await expect(canvas.workload(CARD)).toBeVisible({ timeout: 30_000 });
  // Whatever layout the restored design asks for has answered.
  const layoutIdle = () =>
    page.evaluate(() => {
      const s = window.__editor?.getState();
      return s !== undefined && (s.layoutRequest?.id ?? 0) <= s.layoutDone;
    });
  await expect.poll(layoutIdle, { timeout: 30_000 }).toBe(true);
  await canvas.settledPlaces();
  expect(await placesOf(page)).toEqual(byHand);
  await page.screenshot({ path: 'test-results/reload-places-1440.png' });
});
