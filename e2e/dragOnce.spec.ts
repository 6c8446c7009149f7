/**
 * A card dragged in a design of 60 workloads and 183 lines (too many to route in place): its
 * lines follow it at every move, in the frame of the move (drawn straight while it is dragged;
 * the moves are the canvas's, not the document's), the lines are routed again at the drop, and
 * one Undo puts the card back where the drag began.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 60, policies: 120, namespaces: 3, seed: 1 });

/**
 * Puts `ncEndOffCard(lineId, cardId)` in the page: how far (screen px) the start of the line lies
 * from the card, 0 on its border.
 */
function installEndOffCard() {
  Object.assign(window, {
    ncEndOffCard: (lineId: string, cardId: string) => {
      const path = document.querySelector<SVGPathElement>(
        `[data-testid="${lineId}"] .nc-edge-path`,
      );
      const card = document.querySelector(`[data-testid="${cardId}"]`);
      const matrix = path?.getScreenCTM();
      if (path === null || card === null || matrix === null || matrix === undefined) {
        return Infinity;
      }
      const end = path.getPointAtLength(0).matrixTransform(matrix);
      const r = card.getBoundingClientRect();
      const dx = Math.max(r.left - end.x, 0, end.x - r.right);
      const dy = Math.max(r.top - end.y, 0, end.y - r.bottom);
      return Math.hypot(dx, dy);
    },
  });
}

type EndOffCard = (lineId: string, cardId: string) => number;
const offCard = ([lineId, cardId]: readonly [string, string]) =>
  (window as unknown as { ncEndOffCard: EndOffCard }).ncEndOffCard(lineId, cardId);

test('a dragged card takes its lines along at every move, and one Undo puts it back', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await page.evaluate(installEndOffCard);
  await toolbar.openDesign('cluster-60.yaml', DOC);
  await expect(page.getByRole('status')).toContainText('60 workloads', { timeout: 30_000 });
  await expect.poll(() => canvas.fitted(), { timeout: 30_000 }).toBe(true);

  // A line from one workload to another, and the card it starts at.
  const line = page.getByTestId(/^edge\.workload:[^>]+>workload:/).first();
  await expect(line).toBeVisible({ timeout: 30_000 });
  const lineId = (await line.getAttribute('data-testid')) ?? '';
  const from = /^edge\.workload:([^>]+)>/.exec(lineId)?.[1] ?? '';
  const cardId = `node.workload.${from}`;
  const card = canvas.workload(from);
  const start = await canvas.settledBox(card);
  await expect.poll(() => page.evaluate(offCard, [lineId, cardId] as const)).toBeLessThan(3);

  await page.mouse.move(start.x + 40, start.y + 12);
  await page.mouse.down();
  await page.mouse.move(start.x + 44, start.y + 14); // past the drag threshold
  const behind: { step: number; off: number }[] = [];
  let moved = 0;
  for (let step = 1; step <= 8; step++) {
    // One move, and what the page shows once React has drawn it, before any other task runs
    // (a route worker's answer comes in a task of its own: too late for this frame).
    const seen = await page.evaluate(
      async ({ x, y, line: l, card: c }) => {
        const node = document.querySelector(`[data-testid="${c}"]`)?.closest('.react-flow__node');
        const place = () => (node instanceof HTMLElement ? node.style.transform : undefined);
        const before = place();
        const init = { clientX: x, clientY: y, bubbles: true, buttons: 1, view: window };
        document.dispatchEvent(new MouseEvent('mousemove', init));
        for (let i = 0; i < 10; i++) await Promise.resolve();
        const off = (window as unknown as { ncEndOffCard: EndOffCard }).ncEndOffCard(l, c);
        return { cardMoved: place() !== before, off };
      },
      {
        x: start.x + 44 + step * 20,
        y: start.y + 14 + step * 10,
        line: lineId,
        card: cardId,
      },
    );
    if (!seen.cardMoved) continue;
    moved += 1;
    if (seen.off > 3) behind.push({ step, off: Math.round(seen.off) });
  }
  const dragged = await card.boundingBox();
  await page.screenshot({ path: 'test-results/drag-once-mid-drag.png' });
  await page.mouse.up();
  expect(moved).toBeGreaterThanOrEqual(6);
  expect(behind, 'moves after which the line was left behind its card').toEqual([]);

  // Dropped where it was dragged; the lines routed again still leave from it.
  const dropped = await canvas.settledBox(card);
  expect(dropped.x).toBeCloseTo(dragged?.x ?? NaN, 0);
  expect(dropped.x - start.x).toBeGreaterThan(100);
  await expect.poll(() => page.evaluate(offCard, [lineId, cardId] as const)).toBeLessThan(3);

  // One Undo: the card is back where the drag began.
  await toolbar.undo.click();
  await expect
    .poll(async () => {
      const box = await card.boundingBox();
      return box === null ? Infinity : Math.hypot(box.x - start.x, box.y - start.y);
    })
    .toBeLessThan(1);
  // The step undone was the drop, not the file opened before it.
  await expect(card).toBeVisible();
  await expect(page.getByRole('status')).not.toContainText('opened');
});
