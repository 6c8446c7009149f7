import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** A box on screen, in CSS pixels of the page. */
export interface ScreenBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The lesson step's data the test reads from the store (what the step talks about). */
interface StepEnds {
  readonly names: readonly string[];
  readonly connections: readonly { readonly from: string; readonly to: string }[];
  readonly externals: readonly { readonly name: string; readonly cidr: string }[];
}

const IPV4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/;

/** The first and last IPv4 address of `text` (an address or a CIDR), or null. */
function ipv4Range(text: string): [number, number] | null {
  const m = IPV4.exec(text);
  if (m === null) return null;
  const ip = m.slice(1, 5).reduce((acc, part) => acc * 256 + Number(part), 0);
  const bits = m[5] === undefined ? 32 : Number(m[5]);
  const size = 2 ** (32 - bits);
  const first = Math.floor(ip / size) * size;
  return [first, first + size - 1];
}

function holds(outer: string, inner: string): boolean {
  const a = ipv4Range(outer);
  const b = ipv4Range(inner);
  return a !== null && b !== null && a[0] <= b[0] && b[1] <= a[1];
}

/**
 * Presentation mode as the room sees it: the header's room toggles, the
 * canvas's visible rectangle, the overlays on it, and the nodes a lesson step
 * talks about (read from the step's own data, found on screen by test id).
 */
export class Presentation {
  readonly canvas: Locator;
  readonly sidePanel: Locator;
  readonly panels: Locator;
  readonly wholeText: Locator;
  /** What covers the canvas's edges: the zoom buttons and Expand all | Collapse all. */
  readonly overlays: Locator;
  /** The header's Present button, and the one that ends presenting. */
  readonly present: Locator;
  readonly exit: Locator;

  constructor(readonly page: Page) {
    this.present = page.getByRole('button', { name: 'Present', exact: true });
    this.exit = page
      .getByRole('navigation', { name: 'Toolbar' })
      .getByRole('button', { name: 'Exit presentation' });
    this.canvas = page.getByRole('main', { name: 'Canvas' });
    const room = page.getByRole('group', { name: 'Room for the canvas' });
    this.sidePanel = room.getByRole('button', { name: 'Side panel' });
    this.wholeText = room.getByRole('button', { name: 'Whole text' });
    this.panels = page.getByRole('complementary', { name: 'Panels' });
    this.overlays = page
      .getByLabel('Zoom controls')
      .or(page.getByRole('group', { name: 'Namespaces' }));
  }

  /** The end texts the current step names (nodes, its connection, its claims) and the endpoints. */
  private async stepEnds(): Promise<StepEnds> {
    return this.page.evaluate(() => {
      const state = window.__editor?.getState();
      const session = state?.lessonSession;
      const step = session?.lesson.steps[session.stepIndex];
      if (state === undefined || step === undefined) throw new Error('no lesson step open');
      const connections = [
        ...(step.focus.connection === undefined ? [] : [step.focus.connection]),
        ...(step.focus.lines ?? []),
        ...(step.expect ?? []),
      ];
      return {
        names: [...(step.focus.nodes ?? []), ...connections.flatMap((c) => [c.from, c.to])],
        connections: connections.map((c) => ({ from: c.from, to: c.to })),
        externals: state.doc.externals.map((e) => ({ name: e.name, cidr: e.cidr })),
      };
    });
  }

  /**
   * The test ids of the nodes the step talks about that the canvas draws; an
   * address stands for the endpoint or line end drawn for it (an external
   * endpoint holding it, else an ipBlock end holding it, else Anywhere).
   */
  async subjectTestIds(): Promise<string[]> {
    const { names, connections, externals } = await this.stepEnds();
    const drawn = await this.page
      .locator('[data-testid^="node.ipBlock:"], [data-testid="node.any:*"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
    const ids = new Set<string>();
    for (const name of names) {
      if (name.startsWith('namespace:')) ids.add(`node.namespace.${name.slice(10)}`);
      else if (name.startsWith('external:')) ids.add(`node.external.${name.slice(9)}`);
      else if (ipv4Range(name) !== null) {
        const external = externals.find((e) => holds(e.cidr, name));
        const block = drawn.find(
          (id) => id.startsWith('node.ipBlock:') && holds(id.slice(13).split(' ')[0] ?? '', name),
        );
        const holder =
          external === undefined
            ? (block ?? drawn.find((id) => id === 'node.any:*'))
            : `node.external.${external.name}`;
        if (holder !== undefined) ids.add(holder);
      } else if (name.includes('/')) ids.add(`node.workload.${name}`);
      else ids.add(`node.external.${name}`);
    }
    // A connection from outside to a workload drawn from "Anywhere": Anywhere too.
    for (const { from, to } of connections) {
      const outside = (end: string) => !end.includes('/') || ipv4Range(end) !== null;
      const lines = [
        outside(from) && !outside(to) ? `edge.any:*>workload:${to}` : null,
        outside(to) && !outside(from) ? `edge.workload:${from}>any:*` : null,
      ];
      for (const line of lines) {
        if (line !== null && (await this.page.getByTestId(line).count()) > 0) ids.add('node.any:*');
      }
    }
    const present: string[] = [];
    for (const id of ids) if ((await this.page.getByTestId(id).count()) > 0) present.push(id);
    return present.sort();
  }

  /** Where nodes are drawn once the camera stops moving (the same twice, 200 ms apart). */
  async settledBoxes(nodes: readonly Locator[]): Promise<ScreenBox[]> {
    let last = '';
    let boxes: (ScreenBox | null)[] = [];
    await expect
      .poll(
        async () => {
          boxes = await Promise.all(nodes.map((n) => n.boundingBox()));
          const now = JSON.stringify(boxes);
          const settled = now === last && !boxes.includes(null);
          last = now;
          return settled;
        },
        { intervals: [200] },
      )
      .toBe(true);
    return boxes.filter((b) => b !== null);
  }

  /**
   * Where the whole design is drawn once the camera stops moving: the smallest box holding every
   * node on the canvas (namespace boxes hold their cards).
   */
  async designBox(): Promise<ScreenBox> {
    const union = () =>
      this.page.locator('[data-testid^="node."]').evaluateAll((els) => {
        const boxes = els.map((e) => e.getBoundingClientRect());
        const left = Math.min(...boxes.map((b) => b.left));
        const top = Math.min(...boxes.map((b) => b.top));
        const right = Math.max(...boxes.map((b) => b.right));
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        return { x: left, y: top, width: right - left, height: bottom - top };
      });
    let last = '';
    let box: ScreenBox = { x: 0, y: 0, width: 0, height: 0 };
    await expect
      .poll(
        async () => {
          box = await union();
          const now = JSON.stringify(box);
          const settled = now === last && box.width > 0;
          last = now;
          return settled;
        },
        { intervals: [300] },
      )
      .toBe(true);
    return box;
  }

  /**
   * The namespace boxes and cards drawn less than `margin` px inside the canvas once the camera
   * stops moving (cut at its edge, or against it): each as its test id and its gaps to the
   * canvas's left, top, right and bottom edges, in screen pixels.
   */
  async nodesAtEdge(margin: number): Promise<string[]> {
    const gaps = () =>
      this.canvas.evaluate((frame) => {
        const f = frame.getBoundingClientRect();
        return [...frame.querySelectorAll('[data-testid^="node."]')].map((n) => {
          const b = n.getBoundingClientRect();
          const id = n.getAttribute('data-testid') ?? '';
          return {
            id,
            gaps: [b.left - f.left, b.top - f.top, f.right - b.right, f.bottom - b.bottom],
          };
        });
      });
    let last = '';
    let nodes: Awaited<ReturnType<typeof gaps>> = [];
    await expect
      .poll(
        async () => {
          nodes = await gaps();
          const now = JSON.stringify(nodes);
          const settled = now === last && nodes.length > 0;
          last = now;
          return settled;
        },
        { intervals: [200] },
      )
      .toBe(true);
    return nodes
      .filter((n) => Math.min(...n.gaps) < margin)
      .map((n) => `${n.id} (${n.gaps.map((g) => g.toFixed(0)).join(' ')})`);
  }

  /** How tall a workload's name is drawn on screen: its font size times the zoom, in pixels. */
  async nameHeight(workload: Locator, name: string): Promise<number> {
    const zoom = await workload.evaluate((card) => {
      if (!(card instanceof HTMLElement)) throw new Error('a card is an element');
      return card.getBoundingClientRect().width / card.offsetWidth;
    });
    const text = workload.getByText(name, { exact: true });
    const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    return size * zoom;
  }
}

/** Whether `inner` lies inside `outer` (one pixel of rounding allowed). */
export function boxInside(inner: ScreenBox, outer: ScreenBox): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

/** The smallest box holding every one of `boxes` (at least one). */
export function boxHolding(boxes: readonly ScreenBox[]): ScreenBox {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Screen pixels along each edge of the canvas that a fit keeps free. */
export interface ScreenInsets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * How a fitted `design` sits in `frame` (the canvas) with `insets` kept free: `inside` the free
 * part; `fills` that part's width or height (the side that decides the zoom, within 3 px);
 * `centred` on both axes (React Flow centres a fit in the canvas and moves it no further than
 * the insets' difference asks). A camera fitted for another canvas size fails one of them.
 */
export function framing(
  design: ScreenBox,
  frame: ScreenBox,
  insets: ScreenInsets,
): { inside: boolean; fills: boolean; centred: boolean } {
  const free = {
    x: frame.x + insets.left,
    y: frame.y + insets.top,
    width: frame.width - insets.left - insets.right,
    height: frame.height - insets.top - insets.bottom,
  };
  const gaps = {
    left: design.x - frame.x,
    right: frame.x + frame.width - (design.x + design.width),
    top: design.y - frame.y,
    bottom: frame.y + frame.height - (design.y + design.height),
  };
  return {
    inside: boxInside(design, free),
    fills: design.width >= free.width - 3 || design.height >= free.height - 3,
    centred:
      Math.abs(gaps.left - gaps.right) <= Math.abs(insets.left - insets.right) + 2 &&
      Math.abs(gaps.top - gaps.bottom) <= Math.abs(insets.top - insets.bottom) + 2,
  };
}

export function boxesOverlap(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
