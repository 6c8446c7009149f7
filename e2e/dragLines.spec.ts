/**
 * A card dragged in a medium design (20 workloads: too many lines × nodes to route in place
 * when it opens) takes its lines along in the same frame, not a frame or more behind.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';

test('the lines of a dragged card follow it at every move', async ({ page, canvas, toolbar }) => {
  test.setTimeout(90_000);
  const doc = generateCluster({ pods: 20, policies: 10, namespaces: 3, seed: 1 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openYamlFile('cluster.yaml', serializeDocument(doc));
  await expect(page.getByRole('status')).toContainText('20 workloads', { timeout: 30_000 });

  // A line from one workload to another, and the card it starts at.
  const line = page.getByTestId(/^edge\.workload:[^>]+>workload:/).first();
  await expect(line).toBeVisible({ timeout: 30_000 });
  const id = (await line.getAttribute('data-testid')) ?? '';
  const from = /^edge\.workload:([^>]+)>/.exec(id)?.[1] ?? '';
  const card = canvas.workload(from);
  // Laid out, then fitted: a press before the camera lands hits the empty canvas where the card
  // was, and the moves pan the view (every card moves on screen, no line is routed again).
  await expect.poll(() => canvas.fitted(), { timeout: 30_000 }).toBe(true);
  const box = await canvas.settledBox(card);

  await page.mouse.move(box.x + 40, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 44, box.y + 14); // past the drag threshold
  const left: number[] = [];
  let moved = 0;
  for (let step = 1; step <= 8; step++) {
    // One move, and what the page shows once React has drawn it, before any other task runs
    // (a route worker's answer comes in a task of its own: too late for this frame).
    const seen = await page.evaluate(
      async ({ x, y, lineId, cardId }) => {
        const path = document.querySelector(`[data-testid="${lineId}"] path`);
        // Where the card is in the design, not on screen: a pan moves it on screen only.
        const node = document
          .querySelector(`[data-testid="${cardId}"]`)
          ?.closest('.react-flow__node');
        const place = () => (node instanceof HTMLElement ? node.style.transform : undefined);
        const before = { d: path?.getAttribute('d'), place: place() };
        const init = { clientX: x, clientY: y, bubbles: true, buttons: 1, view: window };
        document.dispatchEvent(new MouseEvent('mousemove', init));
        for (let i = 0; i < 10; i++) await Promise.resolve();
        return {
          cardMoved: place() !== before.place,
          lineMoved: path?.getAttribute('d') !== before.d,
        };
      },
      {
        x: box.x + 44 + step * 12,
        y: box.y + 14 + step * 6,
        lineId: id,
        cardId: `node.workload.${from}`,
      },
    );
    if (!seen.cardMoved) continue;
    moved += 1;
    if (!seen.lineMoved) left.push(step);
  }
  await page.mouse.up();
  expect(moved).toBeGreaterThanOrEqual(6);
  expect(left, 'moves after which the line stayed behind its card').toEqual([]);
});
