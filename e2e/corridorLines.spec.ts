/**
 * Lines that share a corridor are drawn apart, and a label reads as its own line's: on Online
 * Boutique's policies as a live cluster printed them (`../shared/corpus/real`, next to the
 * repository; skipped when absent), opened at 1440×900, where the lines of frontend and
 * checkoutservice to currencyservice and emailservice leave through one gap between two cards.
 */
import type { Page } from '@playwright/test';
import { NO_CORPUS, hasBoutique, openBoutique } from './corpus';
import { expect, test } from './fixtures';

/**
 * For each line whose label is drawn, or only line `only`: how far the label's box is from its
 * own line and from the nearest other line that carries other ports, on screen (0: the line
 * runs under the label).
 */
function labelDistances(page: Page, only?: string) {
  return page.evaluate((only) => {
    const lines = [...document.querySelectorAll('[data-testid^="edge."]')].flatMap((line) => {
      const id = (line.getAttribute('data-testid') ?? '').slice('edge.'.length);
      const path = line.querySelector<SVGPathElement>('.nc-edge-path');
      const matrix = path?.getScreenCTM();
      if (path == null || matrix == null) return [];
      // What the line carries, as its name says it (`… on TCP 7000: allowed`).
      const name = line.closest('[aria-label]')?.getAttribute('aria-label') ?? id;
      const says = / on (.*): [^:]*$/.exec(name)?.[1] ?? id;
      const length = path.getTotalLength();
      const points = Array.from({ length: Math.ceil(length / 2) + 1 }, (_, i) =>
        path.getPointAtLength(Math.min(length, i * 2)).matrixTransform(matrix),
      );
      return [{ id, says, points }];
    });
    /** The closest of `points` to the label's box, how far, and the line's direction there. */
    const closest = (points: DOMPoint[], away: (p: DOMPoint) => number) => {
      let best = 0;
      points.forEach((p, i) => {
        if (away(p) < away(points[best] ?? p)) best = i;
      });
      const a = points[Math.max(best - 1, 0)] ?? points[best];
      const b = points[Math.min(best + 1, points.length - 1)] ?? points[best];
      const length = a === undefined || b === undefined ? 0 : Math.hypot(b.x - a.x, b.y - a.y);
      const heading =
        a === undefined || b === undefined || length === 0
          ? { x: 1, y: 0 }
          : { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
      return { d: away(points[best] ?? new DOMPoint()), heading };
    };
    const found: { id: string; own: number; other: number; nearest: string }[] = [];
    for (const { id, says } of lines) {
      if (only !== undefined && id !== only) continue;
      const label = document.querySelector(`[data-testid="edge-label.${CSS.escape(id)}"]`);
      if (label === null) continue;
      const box = label.getBoundingClientRect();
      // How far a point is from the label's box: 0 on it.
      const away = (p: DOMPoint) =>
        Math.hypot(
          Math.max(box.left - p.x, 0, p.x - box.right),
          Math.max(box.top - p.y, 0, p.y - box.bottom),
        );
      const mine = closest(lines.find((l) => l.id === id)?.points ?? [], away);
      let other = Infinity;
      let nearest = '';
      for (const line of lines) {
        // A line that carries the same ports leaves no doubt: the label is true of it too; nor
        // does one that crosses the label's line (it runs on under the label, another way).
        if (line.id === id || line.says === says) continue;
        const { d, heading } = closest(line.points, away);
        const across = Math.abs(heading.x * mine.heading.y - heading.y * mine.heading.x);
        if (across < 0.34 && d < other) [other, nearest] = [d, line.id];
      }
      const own = mine.d;
      found.push({ id, own, other, nearest });
    }
    return found;
  }, only);
}

test.describe('on Online Boutique’s policies from a live cluster', () => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasBoutique, NO_CORPUS);
  test.use({ viewport: { width: 1440, height: 900 } });

  test.beforeEach(async ({ page, canvas, toolbar }) => {
    await openBoutique({ page, canvas, toolbar });
    // Its lines come with the route worker's answer, after the layout's: on a busy machine,
    // seconds after the boxes settle.
    await canvas.drawn();
  });

  test('each drawn label lies nearer its own line than any other, by a clear gap', async ({
    page,
  }) => {
    await expect.poll(async () => (await labelDistances(page)).length).toBeGreaterThan(10);
    // Polled: the lines and labels settle a frame or more after the camera's fit.
    const unclear = async () => (await labelDistances(page)).filter((l) => l.other - l.own < 2);
    await expect.poll(unclear, { timeout: 10_000 }).toEqual([]);
  });

  test('a line in a lane takes the pointer from as far as any line where it runs alone', async ({
    page,
    canvas,
    inspector,
  }) => {
    // frontend → cartservice shares its way out of frontend with frontend's other lines, a lane
    // each, then runs alone to cartservice.
    const [from, to] = ['onlineboutique/frontend', 'onlineboutique/cartservice'];
    const line = canvas.line(from, to);
    // 6 px of the design beside it, where no other line runs within 16: out of reach of a lane's
    // band (half its 8 px room), within a lone line's (8 px either side). Polled: the lines
    // settle a frame or more after the camera's fit.
    const pointerOnLine = async () => {
      const spot = await canvas.spotBesideAlone(line, 6, 16);
      if (spot === null) return 'no lone stretch';
      await page.mouse.move(spot.x, spot.y);
      return line.evaluate((g) => g.matches(':hover'));
    };
    await expect.poll(pointerOnLine).toBe(true);
    // A click there picks it: the Inspector explains it, its label says its port.
    await page.mouse.down();
    await page.mouse.up();
    await expect
      .poll(() => canvas.selection())
      .toMatchObject({ kind: 'flow', id: `workload:${from}>workload:${to}` });
    await expect(inspector.explanation).toContainText('TCP 7070');
    await expect(canvas.lineLabel(from, to)).toHaveText(/TCP 7070/);
    await page.screenshot({ path: 'test-results/corridor/1440-lone-stretch-picked.png' });
  });
});
