/**
 * A pan moves the design as one layer, already drawn, while the pane is dragged; the layer goes
 * when the drag ends, so that a zoom after it draws the text sharp at its new size.
 */
import { expect, test } from './fixtures';

test.describe('dragging the empty canvas', () => {
  test('moves the design as one layer until the drag ends, and a zoom keeps none', async ({
    page,
    canvas,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    expect(await canvas.viewportLayered()).toBe(false);
    const { x, y } = await canvas.emptyPanePoint();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 120, y - 60, { steps: 4 });
    await expect.poll(() => canvas.viewportLayered()).toBe(true);
    await page.mouse.up();
    await expect.poll(() => canvas.viewportLayered()).toBe(false);
    // A zoom with the wheel is no drag: the design is drawn afresh at each step.
    const before = await canvas.zoom();
    await page.mouse.wheel(0, -300);
    await expect.poll(() => canvas.zoom()).not.toBe(before);
    expect(await canvas.viewportLayered()).toBe(false);
  });
});
