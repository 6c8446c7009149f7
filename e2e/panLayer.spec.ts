/**
 * A pan of a large design moves it as one layer, already drawn, from the drag's start; the layer
 * stays once the drag ends (the design is not drawn again then) and goes when the zoom changes,
 * so that a zoom after it draws the text sharp at its new size.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';

/** Presses on the empty canvas and drags a little: the pan goes on until `release`. */
async function dragPane(page: Page, canvas: Canvas): Promise<{ release: () => Promise<void> }> {
  const { x, y } = await canvas.emptyPanePoint();
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 120, y - 60, { steps: 4 });
  return { release: () => page.mouse.up() };
}

/** Resolves once the page has drawn `count` more frames. */
async function framesDrawn(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(done));
  }, count);
}

test.describe('dragging the empty canvas', () => {
  test('moves a large design as one layer until the zoom changes; a small one keeps none', async ({
    page,
    canvas,
    collapsed,
  }) => {
    test.setTimeout(120_000);
    // 600 workloads: their 20 namespaces open collapsed, 20 boxes.
    await collapsed.open(
      'cluster-600.yaml',
      generateCluster({ pods: 600, policies: 120, namespaces: 20, seed: 4 }),
    );
    const opened = await canvas.viewport();
    let pan = await dragPane(page, canvas);
    await expect.poll(async () => (await canvas.viewport()).x).not.toBe(opened.x);
    expect(await canvas.viewportLayered()).toBe(false);
    await pan.release();
    await collapsed.expandAll.click();
    await expect(canvas.workload('ns-1/app-2-worker-1')).toBeVisible({ timeout: 60_000 });
    // The cards arrive in parts, 20 or so per frame: on a loaded machine 600 take more than 5 s.
    await expect
      .poll(() => page.getByTestId(/^node\.workload\./).count(), { timeout: 30_000 })
      .toBe(600);
    pan = await dragPane(page, canvas);
    await expect.poll(() => canvas.viewportLayered()).toBe(true);
    await pan.release();
    // Drawing the whole design again as the drag ends kept the next frame (a card clicked just
    // after the pan, its Inspector) waiting until it was done.
    await framesDrawn(page, 3);
    expect(await canvas.viewportLayered()).toBe(true);
    // A zoom with the wheel over the design (the drag may have ended over the minimap: Expand
    // all frames the design from its corner, filling the canvas): the layer goes, and the design
    // is drawn afresh at each step.
    const before = await canvas.zoom();
    const frame = await canvas.root.boundingBox();
    await page.mouse.move((frame?.x ?? 0) + 300, (frame?.y ?? 0) + 300);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => canvas.zoom()).not.toBe(before);
    await expect.poll(() => canvas.viewportLayered()).toBe(false);
  });
});
