import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';

test.use({ viewport: { width: 1280, height: 720 } });

/** The three-tier example, fitted, then zoomed in by the user's wheel over prod/api. */
async function zoomedByHand(canvas: Canvas): Promise<string> {
  await canvas.laidOut();
  await expect.poll(() => canvas.fitted(), { timeout: 30_000 }).toBe(true);
  const api = await canvas.settledBox(canvas.workload('prod/api'));
  await canvas.wheelIn({ x: api.x + api.width / 2, y: api.y + api.height / 2 });
  const places = await canvas.cameraPlaces();
  return places.at(-1) ?? '';
}

test.describe('back from the Matrix to the canvas', () => {
  test.beforeEach(async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.watchCameraThroughViews();
  });

  test('the camera is where the user left it, from the first frame on', async ({
    page,
    canvas,
    matrix,
  }) => {
    const left = await zoomedByHand(canvas);
    const before = (await canvas.cameraPlaces()).length;
    await matrix.open();
    await expect(matrix.cell('prod/web', 'prod/db')).toBeVisible();
    await matrix.switchBack.click();
    await expect(canvas.workload('prod/api')).toBeVisible();
    await canvas.laidOut();
    await expect(canvas.root.locator('[data-drawing]')).toHaveCount(0);
    // No other place on the way: not React Flow's first (0, 0, scale 1), not a fit.
    expect((await canvas.cameraPlaces()).slice(before - 1)).toEqual([left]);
    await page.screenshot({ path: 'test-results/back-from-matrix-1280.png' });
  });

  test('a click on a cell explains it and leaves the camera alone', async ({
    canvas,
    matrix,
    inspector,
  }) => {
    const left = await zoomedByHand(canvas);
    const before = (await canvas.cameraPlaces()).length;
    await matrix.open();
    await matrix.cell('prod/web', 'prod/db').click();
    await expect(inspector.explanation).toContainText('prod/web → prod/db on TCP port 3306');
    // Only Show moves the camera: no move waits for the canvas.
    expect(await canvas.cameraRequest()).toBeNull();
    await matrix.switchBack.click();
    await expect(canvas.workload('prod/api')).toBeVisible();
    await expect(inspector.explanation).toContainText('prod/web → prod/db on TCP port 3306');
    await canvas.laidOut();
    await expect(canvas.root.locator('[data-drawing]')).toHaveCount(0);
    expect(await canvas.cameraRequest()).toBeNull();
    expect((await canvas.cameraPlaces()).slice(before - 1)).toEqual([left]);
  });

  test("Show on canvas starts from the user's camera and moves once, to the cell's ends", async ({
    page,
    canvas,
    matrix,
  }) => {
    const left = await zoomedByHand(canvas);
    const before = (await canvas.cameraPlaces()).length;
    await matrix.open();
    await matrix.cell('prod/web', 'prod/db').click();
    await page.getByRole('button', { name: 'Show on canvas' }).click();
    await expect(matrix.switchBack).toHaveAttribute('aria-selected', 'true');
    await canvas.cameraMoved();
    for (const end of [canvas.workload('prod/web'), canvas.workload('prod/db')]) {
      await expect.poll(() => canvas.inView(end)).toBe(true);
    }
    const places = (await canvas.cameraPlaces()).slice(before - 1);
    // From where the user left it, straight on to the ends: never the top-left first.
    expect(places[0]).toBe(left);
    expect(places).not.toContain('translate(0px, 0px) scale(1)');
  });
});
