import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { CanvasNodes } from './canvasNodes';

/**
 * The canvas's camera: where it is (React Flow's viewport), whether it still has a move to make,
 * what it shows whole, a wheel turned and a pan by the user, and the places it takes.
 */
export class CanvasCamera extends CanvasNodes {
  /** Whether the camera still has a move to make (Find, Show, a focus): null once it has made it. */
  async cameraRequest(): Promise<unknown> {
    return this.page.evaluate(() => window.__editor?.getState().focusRequest ?? null);
  }

  /**
   * Waits until the camera has made the move asked of it (Find, Show, a focus): it waits for the
   * boxes that open, the layout and the cards it frames, seconds on a busy machine. The request
   * is made as the key or click that asks for it is handled.
   */
  async cameraMoved(): Promise<void> {
    await expect.poll(() => this.cameraRequest(), { timeout: 60_000 }).toBeNull();
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
    // Each turn waits for the page to take it (a page busy drawing takes seconds under load),
    // then for it to be read: the budget is for a page that never sees the wheel, not a busy one.
    await expect(async () => {
      await this.page.mouse.wheel(0, -400);
      expect(await this.page.locator('html').getAttribute('data-wheels')).not.toBe('0');
    }).toPass({ timeout: 30_000 });
    let was = NaN;
    await expect
      .poll(
        async () => {
          const [before, now] = [was, await this.zoom()];
          was = now;
          return now === before;
        },
        { intervals: [250], timeout: 30_000 },
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
   * The canvas's free part, on the page: clear of the strip the zoom buttons and the minimap
   * take along its foot (112 px) and of the focus's note, if one shows.
   */
  async freeArea(): Promise<{ x: number; y: number; r: number; b: number }> {
    const pane = await this.settledBox(this.page.locator('.react-flow'));
    const note = (await this.focusNote.count()) > 0 ? await this.focusNote.boundingBox() : null;
    const bottom = Math.min(pane.y + pane.height - 112, note?.y ?? Infinity);
    return { x: pane.x, y: pane.y, r: pane.x + pane.width, b: bottom };
  }

  /** Whether the whole of `locator` is inside the canvas's free part (`freeArea`). */
  async inFreeArea(locator: Locator): Promise<boolean> {
    const area = await this.freeArea();
    const box = await locator.boundingBox();
    if (box === null) return false;
    return (
      box.x >= area.x - 1 &&
      box.y >= area.y - 1 &&
      box.x + box.width <= area.r + 1 &&
      box.y + box.height <= area.b + 1
    );
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

  /**
   * Starts noting every place the camera takes from now on, as `watchCamera` does, also while
   * another view (the Matrix) takes the canvas's place and from the first frame of the canvas
   * that comes back (a new React Flow viewport); `cameraPlaces` reads them.
   */
  async watchCameraThroughViews(): Promise<void> {
    await this.page.evaluate(() => {
      const places: string[] = [];
      (window as unknown as { cameraPlaces: string[] }).cameraPlaces = places;
      const note = () => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const now = viewport?.style.transform;
        if (now !== undefined && places.at(-1) !== now) places.push(now);
      };
      note();
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['style'],
      });
    });
  }

  /** The places the camera took since `watchCamera`, in order. */
  async cameraPlaces(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { cameraPlaces?: string[] }).cameraPlaces ?? [],
    );
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
}
