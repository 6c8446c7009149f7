import type { Locator } from '@playwright/test';
import { CanvasCamera } from './canvasCamera';

/**
 * The canvas's lines and their labels as drawn: points along a line, where the pointer takes it,
 * where its arrowhead ends, labels out of place, lines without a label on show.
 */
export class CanvasLines extends CanvasCamera {
  /** Whether the lines on show are those of the design (the worker has answered), from the hook. */
  async linesCurrent(): Promise<boolean> {
    return this.page.evaluate(() => {
      const s = window.__editor?.getState();
      return s !== undefined && (s.derived === null || s.derived.lines?.doc === s.doc);
    });
  }

  /**
   * Points along the drawn path of a line (its middle 80%), in page pixels:
   * what a person sees of it, to measure how far apart two lines are.
   */
  async linePoints(line: Locator): Promise<{ x: number; y: number }[]> {
    return line
      .locator('path')
      .first()
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const matrix = path.getScreenCTM();
        const length = path.getTotalLength();
        const points: { x: number; y: number }[] = [];
        for (let i = 1; i < 10; i++) {
          const p = path.getPointAtLength((length * i) / 10);
          const q = matrix === null ? p : p.matrixTransform(matrix);
          points.push({ x: q.x, y: q.y });
        }
        return points;
      });
  }

  /** Where a line's drawn path ends (its arrowhead's tip), in page pixels. */
  async lineEnd(line: Locator): Promise<{ x: number; y: number }> {
    return line
      .locator('path')
      .first()
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength());
        const q = p.matrixTransform(path.getScreenCTM() ?? undefined);
        return { x: q.x, y: q.y };
      });
  }

  /**
   * A point of `line` on screen where the pointer takes it (the line itself lies under the point,
   * not a card, a label or another line), or null where it takes it nowhere (a dimmed line).
   */
  async pointerSpot(line: Locator): Promise<{ x: number; y: number } | null> {
    const points = await this.linePoints(line);
    return line.evaluate(
      (g, points) =>
        points.find((p) => {
          const under = document.elementFromPoint(p.x, p.y);
          return under !== null && g.contains(under);
        }) ?? null,
      points,
    );
  }

  /**
   * A point in page pixels `off` pixels of the design (at the camera's zoom) beside `line`, where
   * it runs alone: no other line within `alone` pixels of the design, and no card, label or
   * other line under the point; null when it runs alone nowhere.
   */
  async spotBesideAlone(line: Locator, off: number, alone: number) {
    return line.evaluate(
      (g, [off, alone]) => {
        const sample = (path: SVGPathElement) => {
          const matrix = path.getScreenCTM();
          const length = path.getTotalLength();
          return Array.from({ length: Math.ceil(length / 2) + 1 }, (_, i) => {
            const p = path.getPointAtLength(Math.min(length, i * 2));
            return matrix === null ? p : p.matrixTransform(matrix);
          });
        };
        const own = g.querySelector<SVGPathElement>('.nc-edge-path');
        const zoom = own?.getScreenCTM()?.a ?? 1;
        const others = [...document.querySelectorAll('[data-testid^="edge."]')]
          .filter((o) => o !== g)
          .flatMap((o) => {
            const path = o.querySelector<SVGPathElement>('.nc-edge-path');
            return path === null ? [] : sample(path);
          });
        const points = own === null ? [] : sample(own);
        const cut = Math.floor(points.length * 0.15);
        for (let i = cut; i < points.length - cut; i++) {
          const [a, p, b] = [points[i - 1], points[i], points[i + 1]];
          if (a === undefined || p === undefined || b === undefined) continue;
          const near = others.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < alone * zoom);
          const length = Math.hypot(b.x - a.x, b.y - a.y);
          if (near || length === 0) continue;
          for (const side of [1, -1]) {
            const spot = {
              x: p.x - (side * off * zoom * (b.y - a.y)) / length,
              y: p.y + (side * off * zoom * (b.x - a.x)) / length,
            };
            const under = document.elementFromPoint(spot.x, spot.y);
            // Nothing else there: a card, a label or another line (a namespace box lies under all).
            const taken = under?.closest(
              '[data-testid^="node."]:not([data-testid^="node.namespace."]), [data-testid^="edge"]',
            );
            if (taken === null || taken === g) return spot;
          }
        }
        return null;
      },
      [off, alone] as const,
    );
  }

  /**
   * The line labels on show that sit out of place: partly out of the design (the box holding
   * every node) or on a card; a label of the picked workload's line drawn above the cards on
   * purpose (`is-over-cards`: no spot off them), on a card's name. Each as its text and where it
   * is, on screen.
   */
  async labelsAstray(): Promise<string[]> {
    type Box = { left: number; top: number; right: number; bottom: number };
    const nodes = await this.page.getByTestId(/^node\./).evaluateAll((all) =>
      all.map((n) => ({
        card: !n.matches('[data-testid^="node.namespace."]'),
        box: n.getBoundingClientRect().toJSON() as DOMRect,
        name: (n.querySelector('.nc-node-name')?.getBoundingClientRect().toJSON() ??
          null) as DOMRect | null,
      })),
    );
    const boxes = nodes.map((n) => n.box);
    const design = {
      left: Math.min(...boxes.map((b) => b.left)),
      top: Math.min(...boxes.map((b) => b.top)),
      right: Math.max(...boxes.map((b) => b.right)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
    };
    const cards = nodes.filter((n) => n.card).map((n) => n.box);
    const names = nodes.flatMap((n) => (n.card && n.name !== null ? [n.name] : []));
    const labels = await this.lineLabels.evaluateAll((all) =>
      all
        .filter((l) => l.checkVisibility())
        .map((l) => ({
          text: l.textContent,
          box: l.getBoundingClientRect().toJSON() as DOMRect,
          over: l.classList.contains('is-over-cards'),
        })),
    );
    const meets = (b: Box, c: Box) =>
      b.left < c.right && c.left < b.right && b.top < c.bottom && c.top < b.bottom;
    return labels
      .filter(({ box: b, over }) => {
        const out =
          b.left < design.left - 0.5 ||
          b.top < design.top - 0.5 ||
          b.right > design.right + 0.5 ||
          b.bottom > design.bottom + 0.5;
        return out || (over ? names : cards).some((c) => meets(b, c));
      })
      .map(
        ({ text, box: b }) =>
          `${text} at ${String(Math.round(b.left))},${String(Math.round(b.top))}`,
      );
  }

  /**
   * How tall the smallest line label on show is drawn on screen (its font size times the zoom),
   * in px; 0 while fewer than `least` are on show.
   */
  async smallestLabelOnScreen(least = 1): Promise<number> {
    const zoom = await this.zoom();
    const sizes = await this.lineLabels.evaluateAll((all) =>
      all.filter((l) => l.checkVisibility()).map((l) => parseFloat(getComputedStyle(l).fontSize)),
    );
    return sizes.length < least ? 0 : Math.min(...sizes) * zoom;
  }

  /**
   * The lines on show, each by its data-testid's id, and whether its label is on show too (a line
   * of a fan, its fan's one label: `data-fan-label`): "on which port?" must be read from every
   * line without a click.
   */
  async linesLabelled(): Promise<Record<string, boolean>> {
    return this.page.getByTestId(/^edge\./).evaluateAll((all) =>
      Object.fromEntries(
        all
          .filter((line) => line.checkVisibility())
          .map((line) => {
            const id = (line.getAttribute('data-testid') ?? '').slice('edge.'.length);
            const labelOf = line.getAttribute('data-fan-label') ?? id;
            const label = document.querySelector(
              `[data-testid="edge-label.${CSS.escape(labelOf)}"]`,
            );
            return [id, label?.checkVisibility() === true] as const;
          }),
      ),
    );
  }
}
