/**
 * Every step of every built-in lesson at a desk, on a 1280 × 720, a 1440 × 900 and a
 * 1920 × 1080 screen: the camera frames the whole design, every namespace box and card inside
 * the canvas with a margin clear of its edges (never a box cut at the canvas's left edge, its
 * name against it). Presented, `presentationCamera.spec.ts` checks the same.
 */
import { expect, test } from './fixtures';

const LESSONS = ['three-tiers', 'namespaces', 'outside', 'recipes'] as const;
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
/** Screen pixels every namespace box and card keeps from the canvas's edges. */
const MARGIN = 4;

for (const screen of SCREENS) {
  test.describe(`at a ${String(screen.width)} × ${String(screen.height)} desk`, () => {
    test.use({ viewport: screen });

    for (const id of LESSONS) {
      test(`every step of ${id} frames the whole design`, async ({
        page,
        lesson,
        presentation,
      }) => {
        test.setTimeout(120_000);
        await page.goto(`/?lesson=${id}&step=1`);
        await expect(lesson.where).toHaveText(/^Step 1 of \d+$/);
        const steps = Number(/of (\d+)$/.exec((await lesson.where.textContent()) ?? '')?.[1]);
        for (let step = 1; step <= steps; step++) {
          if (step > 1) await page.keyboard.press('ArrowRight');
          await expect(lesson.where).toHaveText(`Step ${String(step)} of ${String(steps)}`);
          const where = `${id} step ${String(step)}`;
          expect.soft(await presentation.nodesAtEdge(MARGIN), `${where}: at the edge`).toEqual([]);
          if (screen.width === 1280) {
            await page.screenshot({ path: `test-results/framing/${id}-${String(step)}.png` });
          }
        }
      });
    }
  });
}
