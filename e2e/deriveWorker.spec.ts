/**
 * Lines, findings and the matrix are derived in a Web Worker. When that
 * worker cannot start, the page says so and derives them itself: the design
 * is drawn all the same.
 */
import { expect, test } from './fixtures';

/** Takes the problems this test causes on purpose out of the page's list; returns them. */
function expected(problems: string[], pattern: RegExp): string[] {
  const mine = problems.filter((p) => pattern.test(p));
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
  return mine;
}

test.describe('when the worker that derives the lines cannot start', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`the page says so and draws the lines itself (${String(width)}×${String(height)})`, async ({
      page,
      canvas,
      problems,
    }) => {
      await page.setViewportSize({ width, height });
      await page.route('**/assets/derive.worker-*.js', (route) =>
        route.abort('internetdisconnected'),
      );
      await page.goto('/?fixture=three-tier');
      await expect(page.getByRole('status')).toContainText(
        'The background worker that draws the lines failed',
      );
      await expect(page.getByRole('status')).toContainText('this page works them out itself now');
      await expect(canvas.lineLabel('prod/web', 'prod/api')).toBeVisible();
      await expect(page.getByRole('tab', { name: /^Findings \(\d+\)$/ })).toBeVisible();
      await page.screenshot({
        path: `test-results/derive-worker-failed-${String(width)}.png`,
      });
      expected(problems, /derive\.worker|ERR_INTERNET_DISCONNECTED|Failed to load/);
    });
  }
});
