/**
 * F on a workload asks "who reaches it, on what port": the lines its focus lights keep their
 * labels, whatever the lines it dims would have taken. Online Boutique's policies from a live
 * cluster (`../shared/corpus/real`, next to the repository; skipped when absent), where F on
 * cartservice zooms out to the compact band and the labels grow into each other's room, and
 * never out to the names band, where no label shows, when its neighbours fit nearer.
 */
import { openBoutique, hasBoutique, NO_CORPUS } from './corpus';
import { expect, test } from './fixtures';

const CART = 'onlineboutique/cartservice';

test.describe('F on cartservice of Online Boutique', () => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasBoutique, NO_CORPUS);

  test.beforeEach(async ({ page, canvas, toolbar }) => {
    await openBoutique({ page, canvas, toolbar });
  });

  // Where its neighbourhood fits in the band that shows lines' labels, F frames it there, though
  // cartservice sits at its right edge: presented at 1920×1080 and at 1280×720 it landed among
  // the names (zoom 0.58 and 0.50) to keep the card near the middle.
  for (const [width, height, presented] of [
    [1440, 900, false],
    [1440, 900, true],
    [1920, 1080, false],
    [1920, 1080, true],
    [1280, 720, false],
    [1280, 720, true],
  ] as const) {
    test.describe(`at ${String(width)}×${String(height)}${presented ? ', presented' : ''}`, () => {
      test.use({ viewport: { width, height } });

      test('the lines it lights say their port, TCP 7070, on labels of their own', async ({
        page,
        canvas,
      }) => {
        if (presented) {
          await page.getByRole('button', { name: 'Present', exact: true }).click();
          await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
        }
        await canvas.workload(CART).click({ force: true });
        await page.keyboard.press('f');
        await expect(canvas.focusNote).toContainText(`Focused on ${CART}`);
        await expect.poll(() => canvas.cameraRequest(), { timeout: 10_000 }).toBeNull();
        for (const from of ['frontend', 'checkoutservice']) {
          const label = canvas.lineLabel(`onlineboutique/${from}`, CART);
          await expect(label, from).toHaveText('TCP 7070', { timeout: 10_000 });
          await expect(label, from).toBeVisible();
          expect(await canvas.opacity(label), from).toBe(1);
        }
        await expect.poll(() => canvas.labelsAstray()).toEqual([]);
      });
    });
  }
});
