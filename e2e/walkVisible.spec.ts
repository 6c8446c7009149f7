/**
 * A Walk on a busy design: the walked path stands out of the many lines of the two namespaces it
 * opens. Its two ends and their lines stay lit, the rest is dimmed as F dims it, and the route
 * is drawn over them in the colour of how the walk ends; End walk brings everything back.
 */
import { expect, test } from './fixtures';
import { API_87, HELD_OUT } from './heldOut';

const TO = 'ns-6/app-6-db-38';

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`a walked path stands out of a busy design until the walk ends (${String(width)}×${String(height)})`, async ({
    page,
    canvas,
    walk,
    presentation,
    toolbar,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await toolbar.openDesign('held-out.yaml', HELD_OUT);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    const focus = page.locator('.react-flow[data-focus="true"]');
    await walk.walk(API_87, TO, 5432);
    await expect(walk.packet).toBeAttached({ timeout: 60_000 });
    await expect(focus).toHaveCount(1);
    const lit = (key: string) => canvas.workload(key).locator('xpath=ancestor::*[@data-id][1]');
    await expect(lit(API_87)).toHaveAttribute('data-lit', 'above');
    await expect(lit(TO)).toHaveAttribute('data-lit', 'above');
    // The other cards of both opened namespaces are dimmed.
    const cards = page.locator('.react-flow__node-workload');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(20);
    await expect(page.locator('.react-flow__node-workload[data-lit]')).toHaveCount(2);
    await expect(page.locator('.nc-walk-route')).toHaveClass(/is-(allowed|blocked|unenforced)/);
    await canvas.settledBox(canvas.workload(TO));
    await page.screenshot({ path: `test-results/walk-visible-${String(width)}.png` });
    if (width === 1920) {
      await presentation.present.click();
      await expect(focus).toHaveCount(1);
      await canvas.settledBox(canvas.workload(TO));
      await page.screenshot({ path: 'test-results/walk-visible-presented-1920.png' });
      await presentation.exit.click();
    }
    await walk.panel.getByRole('button', { name: 'End walk' }).click();
    await expect(walk.packet).toHaveCount(0);
    await expect(focus).toHaveCount(0);
    await expect(
      page.locator('.react-flow__node[data-lit], .react-flow__edge[data-lit]'),
    ).toHaveCount(0);
  });
}
