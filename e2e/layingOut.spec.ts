/**
 * An opened design waits for its automatic layout with an empty canvas: the canvas and the status
 * line say it is being laid out, and only once the boxes are drawn how to open one. The layout's
 * answer is held by holding its worker's script (no sleep, whatever the machine's speed).
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const HELD_200 = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
const LAYING = 'Laying out 200 workloads in 11 namespaces…';
/** The layout's worker script (`elkLayout.ts`), loaded when a file is opened. */
const ELK_WORKER = '**/elk-worker*.js';

/** Takes the problems this test causes on purpose out of the page's list. */
function expected(problems: string[], pattern: RegExp): void {
  problems.splice(0, problems.length, ...problems.filter((p) => !pattern.test(p)));
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`an opened design says it is laid out until its boxes are drawn (${String(width)}×${String(height)})`, async ({
    page,
    toolbar,
    canvas,
    collapsed,
  }) => {
    test.setTimeout(120_000);
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    await page.route(ELK_WORKER, async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await toolbar.openDesign('held-200.yaml', HELD_200);
    const status = page.getByRole('status').filter({ hasText: 'Imported held-200.yaml' });
    await expect(status).toContainText(LAYING, { timeout: 60_000 });
    await expect(status).not.toContainText('double-click');
    const note = page.getByTestId('canvas.laying-out');
    await expect(note).toHaveText(LAYING);
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    // The bar under the canvas says so too, rather than counting boxes not drawn yet.
    await expect(collapsed.controls).toContainText('Laying out…');
    await expect(collapsed.controls).not.toContainText('collapsed');
    await page.screenshot({ path: `test-results/laying-out-${String(width)}.png` });
    // Whether the note was still there when the first box came: watched from now on.
    await page.evaluate(() => {
      const w = window as unknown as { noteWithBoxes?: boolean };
      const seen = new MutationObserver(() => {
        if (document.querySelector('.react-flow__node') === null) return;
        w.noteWithBoxes = document.querySelector('[data-testid="canvas.laying-out"]') !== null;
        seen.disconnect();
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    answer();
    await expect(canvas.namespace('ns-1')).toBeVisible({ timeout: 60_000 });
    expect(
      await page.evaluate(() => (window as unknown as { noteWithBoxes?: boolean }).noteWithBoxes),
    ).toBe(false);
    await expect(note).toHaveCount(0);
    await expect(status).toContainText('11 of 11 namespaces collapsed: double-click one');
    await expect(status).not.toContainText('Laying out');
  });
}

test('a layout that fails says why, and the opened design is drawn all the same', async ({
  page,
  toolbar,
  canvas,
  problems,
}) => {
  test.setTimeout(120_000);
  await page.route(ELK_WORKER, (route) => route.abort('internetdisconnected'));
  const refused = page.waitForEvent('console', (m) => m.text().includes('ERR_INTERNET'));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await toolbar.openDesign('held-200.yaml', HELD_200);
  const failed = page.getByRole('status').filter({ hasText: 'layout did not finish' });
  // In plain words: the design is kept, what is drawn instead, that Re-layout retries; why last.
  await expect(failed).toHaveText(
    /^The automatic layout did not finish\. Your design is kept: .+ in rows.* instead\. Re-layout tries again\. Cause: .+/,
    { timeout: 60_000 },
  );
  await expect(page.getByTestId('canvas.laying-out')).toHaveCount(0);
  for (const namespace of HELD_200.namespaces) {
    await expect(canvas.namespace(namespace.name)).toBeAttached();
  }
  await page.screenshot({ path: 'test-results/laying-out-failed-1280.png' });
  await refused;
  expected(problems, /elk-worker|ERR_INTERNET_DISCONNECTED|Failed to load/);
});
