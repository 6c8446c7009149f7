/**
 * The namespaces a focus opens: each is drawn open only with its cards, frame by frame, so no
 * open box stands empty with the focus's lines ending in it while the rest is being drawn.
 */
import { expect, test } from './fixtures';
import { findApi87, HELD_OUT } from './heldOut';

/** A frame in which a box was drawn open without all its cards. */
interface EmptyBox {
  readonly frame: number;
  readonly name: string;
  readonly cards: number;
  readonly holds: number;
}

test('a namespace a focus opens is drawn open only with its cards, on a slow machine too', async ({
  page,
  canvas,
}) => {
  // Opening a large design, and a focus drawn on a CPU four times slower, take more than 30 s.
  test.setTimeout(240_000);
  // A held-out 200-workload design opens collapsed; ns-7/app-7-api-87's neighbours wait in every
  // namespace, and F opens those with most of them.
  await findApi87(page, canvas);
  await expect.poll(() => canvas.cameraRequest(), { timeout: 30_000 }).toBeNull();
  const holds: Record<string, number> = {};
  for (const w of HELD_OUT.workloads) holds[w.namespace] = (holds[w.namespace] ?? 0) + 1;
  // A CPU four times slower: the cards of the opened namespaces take several parts, each
  // after a paint, as on a busy machine.
  await canvas.workload('ns-7/app-7-api-87').click();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every frame from here: each namespace drawn open, and how many of its cards are drawn.
  await page.evaluate((counts) => {
    const empty: EmptyBox[] = [];
    const state = { frames: 0, empty, stop: false };
    (window as unknown as { __boxes: typeof state }).__boxes = state;
    const tick = () => {
      state.frames += 1;
      const boxes = document.querySelectorAll<HTMLElement>(
        '.react-flow__node-namespace [data-testid^="node.namespace."]',
      );
      for (const box of boxes) {
        if (box.classList.contains('is-collapsed')) continue;
        const name = (box.dataset.testid ?? '').slice('node.namespace.'.length);
        const cards = document.querySelectorAll(`[data-testid^="node.workload.${name}/"]`).length;
        const total = counts[name] ?? 0;
        if (cards < total) empty.push({ frame: state.frames, name, cards, holds: total });
      }
      if (!state.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, holds);
  await page.keyboard.press('f');
  await expect(canvas.focusNote).toContainText('drawing more…', { timeout: 30_000 });
  await expect(canvas.focusNote).not.toContainText('drawing more…', { timeout: 120_000 });
  const seen = await page.evaluate(() => {
    const state = (window as unknown as { __boxes: { frames: number; empty: EmptyBox[] } }).__boxes;
    (state as unknown as { stop: boolean }).stop = true;
    return state;
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const opened = await page.evaluate(() => window.__editor?.getState().neighbourhoodOpened ?? []);
  expect(opened.length).toBeGreaterThan(1);
  expect(seen.frames).toBeGreaterThan(1);
  expect(seen.empty.slice(0, 5), 'boxes drawn open without all their cards').toEqual([]);
  // Once all is drawn, every namespace it opened is open, with all its cards.
  for (const name of opened) {
    // Its paths run to the IP blocks its rules draw too: "Outside the cluster" opens as a box of
    // its own, with cards that are no workloads.
    if (name === 'outside:cluster') {
      await expect(page.getByTestId('node.outside')).not.toHaveClass(/is-collapsed/);
      continue;
    }
    await expect(canvas.namespace(name)).not.toHaveClass(/is-collapsed/);
    await expect(page.locator(`[data-testid^="node.workload.${name}/"]`)).toHaveCount(
      holds[name] ?? 0,
    );
  }
});
