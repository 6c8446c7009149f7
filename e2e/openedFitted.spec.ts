/**
 * A large file opened on a fresh page is framed once, whole, where the layout puts it: the
 * camera does not first frame the boxes drawn before the layout's answer (the first ten of fifty,
 * at the places they had before it, under an empty band, the other rows cut off) and sit there
 * while the lines and the layout are worked out.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 777 });

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const) {
  test.describe(`a 1,000-workload file opened at ${String(width)}×${String(height)}`, () => {
    test.use({ viewport: { width, height } });

    test('the camera moves once, to a view holding every box, Anywhere and Outside', async ({
      page,
      canvas,
      toolbar,
    }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await expect(canvas.gettingStarted).toBeVisible();
      // A slow computer: the lines and the layout answer well after the first boxes could be drawn.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await canvas.watchCamera();

      await toolbar.openDesign('held-1000.yaml', DOC);
      await expect(page.getByRole('status')).toContainText('Imported held-1000.yaml', {
        timeout: 60_000,
      });
      await canvas.laidOut();
      await expect.poll(() => canvas.linesCurrent(), { timeout: 60_000 }).toBe(true);
      const boxes = page.getByTestId(/^node\.namespace\./);
      await expect(boxes).toHaveCount(50, { timeout: 60_000 });
      await expect(canvas.root.getByText('Anywhere', { exact: true })).toBeVisible();
      await expect(canvas.root.getByText('Outside the cluster', { exact: true })).toBeVisible();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

      await expect.poll(() => canvas.nodesOutOfView(), { timeout: 15_000 }).toEqual([]);
      // One move: from the empty page's camera straight to the whole design, laid out.
      expect(await canvas.cameraPlaces()).toHaveLength(1);
      await page.screenshot({
        path: `test-results/opened-fitted-${String(width)}x${String(height)}.png`,
      });
    });
  });
}

test.describe('a design drawn by hand on the empty page', () => {
  test('the first namespace dropped stays under the pointer: the camera does not move', async ({
    page,
    canvas,
  }) => {
    await page.goto('/');
    await expect(canvas.gettingStarted).toBeVisible();
    await canvas.watchCamera();
    await canvas.dropFromPalette('Namespace', 120, 90);
    const box = page.getByTestId(/^node\.namespace\./);
    await expect(box).toHaveCount(1);
    const root = await canvas.root.boundingBox();
    const placed = await canvas.settledBox(box);
    if (root === null) throw new Error('no canvas');
    // The drop point, in the page, lies on the box dropped there.
    const [x, y] = [root.x + 120, root.y + 90];
    expect(x).toBeGreaterThanOrEqual(placed.x);
    expect(x).toBeLessThanOrEqual(placed.x + placed.width);
    expect(y).toBeGreaterThanOrEqual(placed.y);
    expect(y).toBeLessThanOrEqual(placed.y + placed.height);
    expect(await canvas.cameraPlaces()).toEqual([]);
  });

  test('back from the Matrix, a design drawn by hand is where the user left it', async ({
    page,
    canvas,
  }) => {
    await page.goto('/');
    await expect(canvas.gettingStarted).toBeVisible();
    // Two namespaces far apart: one dropped, the camera moved by hand, one dropped again.
    await canvas.dropFromPalette('Namespace', 120, 90);
    await expect(page.getByTestId(/^node\.namespace\./)).toHaveCount(1);
    await canvas.panAway();
    await canvas.dropFromPalette('Namespace', 120, 90);
    await expect(page.getByTestId(/^node\.namespace\./)).toHaveCount(2);
    await expect.poll(() => canvas.nodesOutOfView()).not.toEqual([]);
    const out = await canvas.nodesOutOfView();
    await canvas.watchCameraThroughViews();
    const [left] = await canvas.cameraPlaces();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('tab', { name: 'Canvas' }).click();
    await expect(page.getByTestId(/^node\.namespace\./)).toHaveCount(2);
    await expect(canvas.root.locator('[data-drawing]')).toHaveCount(0);
    // Not fitted, not React Flow's first camera: the one the user left, the new box in view.
    expect(await canvas.cameraPlaces()).toEqual([left]);
    expect(await canvas.nodesOutOfView()).toEqual(out);
  });
});
