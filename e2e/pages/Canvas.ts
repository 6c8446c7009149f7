import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A canvas node id of a node named as lessons name it: `prod/web` a workload, else an endpoint. */
function nodeIdOf(text: string): string {
  return text.includes('/') ? `workload:${text}` : `external:${text}`;
}

/** The canvas: nodes and lines by their data-testid, the palette, the empty-canvas message. */
export class Canvas {
  readonly root: Locator;
  readonly palette: Locator;
  readonly gettingStarted: Locator;
  /** The note that says what the canvas focuses on, while it does: a region named by its text. */
  readonly focusNote: Locator;
  /** Every line label on show. */
  readonly lineLabels: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('main', { name: 'Canvas' });
    this.palette = page.getByLabel('Palette');
    this.gettingStarted = page.getByRole('region', { name: 'Getting started' });
    this.focusNote = this.root.getByRole('region', { name: /^Focused on / });
    this.lineLabels = page.getByTestId(/^edge-label\./);
  }

  workload(key: string): Locator {
    return this.page.getByTestId(`node.workload.${key}`);
  }

  namespace(name: string): Locator {
    return this.page.getByTestId(`node.namespace.${name}`);
  }

  external(name: string): Locator {
    return this.page.getByTestId(`node.external.${name}`);
  }

  /** The user picks workload `key` (`prod/api`) and presses F: the canvas focuses on it. */
  async focusOn(key: string): Promise<void> {
    await this.workload(key).click();
    await this.page.keyboard.press('f');
    await expect(this.focusNote).toContainText(`Focused on ${key}`);
  }

  /** Whether the camera still has a move to make (Find, Show, a focus): null once it has made it. */
  async cameraRequest(): Promise<unknown> {
    return this.page.evaluate(() => window.__editor?.getState().focusRequest ?? null);
  }

  /**
   * The user finds workload `key` (`ns-1/app-6-cache-1`) by its name with Ctrl+K and Enter,
   * then presses F, on a design too large to click it at once: returns when the camera has made
   * both moves and the focus has drawn what it opens.
   */
  async findAndFocus(key: string): Promise<void> {
    const { page } = this;
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: /Find workloads/ }).fill(key.split('/')[1] ?? key);
    await expect(
      page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first(),
    ).toContainText(key);
    await page.keyboard.press('Enter');
    await expect.poll(() => this.cameraRequest(), { timeout: 30_000 }).toBeNull();
    await page.keyboard.press('f');
    await expect.poll(() => this.cameraRequest(), { timeout: 60_000 }).toBeNull();
    await expect(this.focusNote).not.toContainText('drawing more…', { timeout: 60_000 });
  }

  /** The line from one workload to another (`prod/web`, `prod/db`). */
  line(from: string, to: string): Locator {
    return this.page.getByTestId(`edge.workload:${from}>workload:${to}`);
  }

  /** Where the camera is, as React Flow draws the design (its viewport's translation and scale). */
  async viewport(): Promise<{ x: number; y: number; zoom: number }> {
    const style = (await this.root.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    const [, x, y, zoom] =
      /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(style) ?? [];
    return { x: Number(x), y: Number(y), zoom: Number(zoom) };
  }

  /** The camera's zoom, as React Flow draws the design (its viewport's scale). */
  async zoom(): Promise<number> {
    const style = (await this.root.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
  }

  /**
   * The user turns the mouse wheel over `point` to zoom in: turned again until the page has seen
   * it (under load Chromium may drop a wheel Playwright sends while the page is busy); the zoom
   * once it rests, where the user put the camera.
   */
  async wheelIn(point: { x: number; y: number }): Promise<number> {
    await this.page.evaluate(() => {
      const root = document.documentElement;
      root.dataset.wheels = '0';
      const seen = () => {
        root.dataset.wheels = String(Number(root.dataset.wheels ?? 0) + 1);
      };
      window.addEventListener('wheel', seen, { capture: true, passive: true });
    });
    await this.page.mouse.move(point.x, point.y);
    await expect(async () => {
      await this.page.mouse.wheel(0, -400);
      expect(await this.page.locator('html').getAttribute('data-wheels')).not.toBe('0');
    }).toPass({ timeout: 10_000 });
    let was = NaN;
    await expect
      .poll(
        async () => {
          const [before, now] = [was, await this.zoom()];
          was = now;
          return now === before;
        },
        { intervals: [250] },
      )
      .toBe(true);
    return this.zoom();
  }

  /**
   * Whether the design is drawn as a layer of its own, which a pan moves without drawing it again
   * (`will-change: transform` on React Flow's viewport).
   */
  async viewportLayered(): Promise<boolean> {
    return this.root
      .locator('.react-flow__viewport')
      .evaluate((el) => getComputedStyle(el).willChange === 'transform');
  }

  /**
   * How opaque an element is drawn, its ancestors' opacity included, and a line's stroke's
   * (dimmed: well below 1).
   */
  async opacity(locator: Locator): Promise<number> {
    return locator.evaluate((el) => {
      const stroke = el.querySelector('.nc-edge-path');
      let value = stroke === null ? 1 : Number(getComputedStyle(stroke).strokeOpacity);
      for (let e: Element | null = el; e !== null; e = e.parentElement) {
        value *= Number(getComputedStyle(e).opacity);
      }
      return value;
    });
  }

  /** Whether the whole of `locator` is inside the canvas's frame (the camera shows it). */
  async inView(locator: Locator): Promise<boolean> {
    const [frame, box] = await Promise.all([this.root.boundingBox(), locator.boundingBox()]);
    if (frame === null || box === null) return false;
    return (
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= frame.x + frame.width &&
      box.y + box.height <= frame.y + frame.height
    );
  }

  /** Waits until the automatic layout has answered for the design shown (from the test hook). */
  async laidOut(): Promise<void> {
    await expect
      .poll(
        () =>
          this.page.evaluate(() => {
            const s = window.__editor?.getState();
            return (
              s !== undefined && (s.layoutRequest === null || s.layoutDone >= s.layoutRequest.id)
            );
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
  }

  /**
   * Starts noting every place the camera takes (React Flow's viewport transform) from now on;
   * `cameraPlaces` reads them.
   */
  async watchCamera(): Promise<void> {
    await this.root.locator('.react-flow__viewport').evaluate((viewport) => {
      const places: string[] = [];
      (window as unknown as { cameraPlaces: string[] }).cameraPlaces = places;
      new MutationObserver(() => {
        const now = getComputedStyle(viewport).transform;
        if (places.at(-1) !== now) places.push(now);
      }).observe(viewport, { attributes: true, attributeFilter: ['style'] });
    });
  }

  /** The places the camera took since `watchCamera`, in order. */
  async cameraPlaces(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { cameraPlaces?: string[] }).cameraPlaces ?? [],
    );
  }

  /** Whether the lines on show are those of the design (the worker has answered), from the hook. */
  async linesCurrent(): Promise<boolean> {
    return this.page.evaluate(() => {
      const s = window.__editor?.getState();
      return s !== undefined && (s.derived === null || s.derived.lines?.doc === s.doc);
    });
  }

  /**
   * The boxes, cards and endpoints drawn not wholly inside the canvas's frame (React Flow's pane,
   * below the palette), by their test ids.
   */
  async nodesOutOfView(): Promise<string[]> {
    const frame = await this.page.getByTestId('rf__wrapper').boundingBox();
    if (frame === null) throw new Error('no canvas');
    return this.page.getByTestId(/^node\./).evaluateAll(
      (all, f) =>
        all
          .filter((n) => {
            const b = n.getBoundingClientRect();
            const drawn = b.width > 0 || b.height > 0;
            const out =
              b.left < f.x - 1 ||
              b.top < f.y - 1 ||
              b.right > f.x + f.width + 1 ||
              b.bottom > f.y + f.height + 1;
            return drawn && out;
          })
          .map((n) => n.getAttribute('data-testid') ?? ''),
      frame,
    );
  }

  /** What is selected (a node, a line), from the test hook. */
  async selection(): Promise<unknown> {
    return this.page.evaluate(() => window.__editor?.getState().selection);
  }

  /** A point of the empty canvas (no card, box, line or control on it), bottom right first. */
  async emptyPanePoint(): Promise<{ x: number; y: number }> {
    const pane = await this.settledBox(this.page.locator('.react-flow'));
    const point = await this.page.evaluate((p) => {
      for (let y = p.y + p.height - 20; y > p.y; y -= 20) {
        for (let x = p.x + p.width - 20; x > p.x; x -= 20) {
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
            return { x, y };
        }
      }
      return null;
    }, pane);
    if (point === null) throw new Error('no empty canvas to drag');
    return point;
  }

  /** Drags the empty canvas so that the design slides far to the right, out of view. */
  async panAway(): Promise<void> {
    const { x, y } = await this.emptyPanePoint();
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + 1200, y + 600, { steps: 8 });
    await this.page.mouse.up();
  }

  lineLabel(from: string, to: string): Locator {
    return this.page.getByTestId(`edge-label.workload:${from}>workload:${to}`);
  }

  /** The line between any two nodes, named as lessons name them (`prod/web`, `users`). */
  lineBetween(from: string, to: string): Locator {
    return this.page.getByTestId(`edge.${nodeIdOf(from)}>${nodeIdOf(to)}`);
  }

  lineLabelBetween(from: string, to: string): Locator {
    return this.page.getByTestId(`edge-label.${nodeIdOf(from)}>${nodeIdOf(to)}`);
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

  /** Whether the pointer at the middle of `locator` (a card, a label) takes it. */
  async takesPointer(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const under = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return under !== null && el.contains(under);
    });
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
   * The lines on show, each by its data-testid's id, and whether its label is on show too:
   * "on which port?" must be read from every line without a click.
   */
  async linesLabelled(): Promise<Record<string, boolean>> {
    return this.page.getByTestId(/^edge\./).evaluateAll((all) =>
      Object.fromEntries(
        all
          .filter((line) => line.checkVisibility())
          .map((line) => (line.getAttribute('data-testid') ?? '').slice('edge.'.length))
          .map((id) => {
            const label = document.querySelector(`[data-testid="edge-label.${CSS.escape(id)}"]`);
            return [id, label?.checkVisibility() === true];
          }),
      ),
    );
  }

  /** Drags a palette item onto the canvas at a point (relative to the canvas). */
  async dropFromPalette(
    item: 'Namespace' | 'Workload' | 'External endpoint',
    x: number,
    y: number,
  ) {
    const source = this.palette.getByRole('button', { name: `+ ${item}`, exact: true });
    await source.dragTo(this.root, { targetPosition: { x, y } });
  }

  /**
   * Whether the view is fitted, as Fit View (and opening a design) leaves it: every card and box
   * inside the canvas's frame, and the design as wide or as tall as the frame less its margins
   * (`fitPadding.ts`: at most 150 px across), unless drawn at its largest zoom (1).
   */
  async fitted(): Promise<boolean> {
    return this.page.locator('.react-flow').evaluate((el) => {
      const frame = el.getBoundingClientRect();
      const viewport = el.querySelector('.react-flow__viewport');
      const zoom = viewport === null ? 0 : new DOMMatrix(getComputedStyle(viewport).transform).a;
      const boxes = [...el.querySelectorAll('.react-flow__node')]
        .map((n) => n.getBoundingClientRect())
        .filter((b) => b.width > 0 || b.height > 0); // not drawn: inside a collapsed box
      if (boxes.length === 0) return false;
      const inside = boxes.every(
        (b) =>
          b.left >= frame.left - 1 &&
          b.right <= frame.right + 1 &&
          b.top >= frame.top - 1 &&
          b.bottom <= frame.bottom + 1,
      );
      const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
      const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      const fills = width >= frame.width - 150 || height >= frame.height - 150;
      return inside && (fills || zoom >= 0.999);
    });
  }

  /** The box of an element once it stops moving (the view may still be fitting itself). */
  async settledBox(locator: Locator) {
    let last = '';
    await expect
      .poll(async () => {
        const box = JSON.stringify(await locator.boundingBox());
        const settled = box === last && box !== 'null';
        last = box;
        return settled;
      })
      .toBe(true);
    const box = await locator.boundingBox();
    if (box === null) throw new Error('not visible');
    return box;
  }

  /**
   * Where every card and box is on screen (by its test id, rounded to the pixel), once it stops
   * moving: what the user sees of the layout.
   */
  async settledPlaces(): Promise<Record<string, string>> {
    const places = () =>
      this.root.getByTestId(/^node\./).evaluateAll((nodes) =>
        Object.fromEntries(
          nodes.map((n) => {
            const b = n.getBoundingClientRect();
            const at = [b.left, b.top, b.width, b.height].map((v) => Math.round(v)).join(' ');
            return [n.getAttribute('data-testid') ?? '', at];
          }),
        ),
      );
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await places());
        const settled = now === last && now !== '{}';
        last = now;
        return settled;
      })
      .toBe(true);
    return places();
  }

  /** Drags a node by its top-left corner (a namespace by its heading) by `dx`, `dy` pixels. */
  async dragBy(locator: Locator, dx: number, dy: number): Promise<void> {
    const box = await this.settledBox(locator);
    await this.page.mouse.move(box.x + 40, box.y + 12);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + 40 + dx, box.y + 12 + dy, { steps: 10 });
    await this.page.mouse.up();
  }

  /** Draws a flow by dragging from the source's handle to the destination's. */
  async connect(from: string, to: string): Promise<void> {
    const source = this.page.getByLabel(`Draw a flow from ${from}`, { exact: true });
    const t = await this.settledBox(this.workload(to));
    const s = await this.settledBox(source);
    await this.page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }
}
