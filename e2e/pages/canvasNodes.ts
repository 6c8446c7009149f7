import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { untilDone } from './untilDone';

/** A canvas node id of a node named as lessons name it: `prod/web` a workload, else an endpoint. */
function nodeIdOf(text: string): string {
  return text.includes('/') ? `workload:${text}` : `external:${text}`;
}

/**
 * What the canvas draws: its nodes and lines by their data-testid, the palette, the empty-canvas
 * message, the focus note; what is selected; where a node is once still, how opaque it is drawn
 * and whether it takes the pointer. The first of the canvas's page objects (`Canvas`).
 */
export class CanvasNodes {
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

  /** The line from one workload to another (`prod/web`, `prod/db`). */
  line(from: string, to: string): Locator {
    return this.page.getByTestId(`edge.workload:${from}>workload:${to}`);
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
   * Waits until the canvas has drawn what is on its way (the worker's lines for the design on
   * show, and `data-drawing` gone: boxes opening, the layout, lines waiting for their routes or
   * taken by React Flow in parts, one part after each paint), for as long as it keeps
   * drawing more: on a busy machine that is many paints. Fails when it draws no card or line
   * more for `stall` ms.
   */
  async drawn(stall = 30_000): Promise<void> {
    const flow = this.page.getByTestId('rf__wrapper');
    await untilDone(
      () =>
        flow.evaluate((el) => {
          const s = window.__editor?.getState();
          const current = s !== undefined && (s.derived === null || s.derived.lines?.doc === s.doc);
          return el.dataset.drawing === 'true' || !current
            ? `${String(el.querySelectorAll('.react-flow__node').length)} cards and ` +
                `${String(el.querySelectorAll('.react-flow__edge').length)} lines drawn`
            : 'drawn';
        }),
      (now) => now === 'drawn',
      'the canvas stopped drawing',
      stall,
    );
  }

  /** What is selected (a node, a line), from the test hook. */
  async selection(): Promise<unknown> {
    return this.page.evaluate(() => window.__editor?.getState().selection);
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

  /** Whether the pointer at the middle of `locator` (a card, a label) takes it. */
  async takesPointer(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const under = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return under !== null && el.contains(under);
    });
  }
}
