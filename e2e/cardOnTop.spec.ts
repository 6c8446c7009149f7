/**
 * A card dropped on other cards is drawn over them, where the user put it: a click on it
 * picks it, not the neighbour it covers (cards share one z-index, and the one later in the
 * list used to be drawn over the one dropped on it).
 */
import { expect, test } from './fixtures';

test('a card dropped on its neighbour is drawn over it and picked by a click', async ({
  page,
  canvas,
  inspector,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
  // The first card in the list dropped on the next one: before the change, drawn beneath it.
  const ids = await page
    .locator('[data-testid^="node.workload."]')
    .evaluateAll((all) => all.map((n) => n.getAttribute('data-testid') ?? ''));
  const [under = '', over = ''] = ids.map((id) => id.replace('node.workload.', ''));
  const dropped = canvas.workload(under);
  const covered = canvas.workload(over);
  const from = await canvas.settledBox(dropped);
  const to = await canvas.settledBox(covered);
  await canvas.dragBy(dropped, to.x - from.x + 30, to.y - from.y + 20);
  const landed = await canvas.settledBox(dropped);
  // Where both cards are: the dropped one is on top there.
  const x = landed.x + 20;
  const y = landed.y + landed.height / 2;
  expect(x).toBeGreaterThan(to.x);
  expect(y).toBeLessThan(to.y + to.height);
  await page.mouse.click(x, y);
  await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveValue(
    under.split('/')[1] ?? '',
  );
  await page.screenshot({ path: 'test-results/card-on-top-1440.png' });
});
