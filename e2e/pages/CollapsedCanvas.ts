import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { Doc } from '../../src/model';
import { Toolbar } from './Toolbar';
import { untilDone } from './untilDone';

/**
 * The level of detail of the canvas: collapsed namespaces, their buttons,
 * summary lines, Expand all and Collapse all, and the zoom band.
 */
export class CollapsedCanvas {
  /** The canvas root (React Flow's wrapper), which carries `data-zoom-band`. */
  readonly flow: Locator;
  readonly controls: Locator;
  readonly expandAll: Locator;
  readonly collapseAll: Locator;
  readonly zoomOut: Locator;
  readonly zoomIn: Locator;
  /** Every summary line (named "Summary <from> to <to>: …"). */
  readonly summaryLines: Locator;

  constructor(readonly page: Page) {
    this.flow = page.getByTestId('rf__wrapper');
    this.controls = page.getByRole('group', { name: 'Namespaces' });
    this.expandAll = this.controls.getByRole('button', { name: 'Expand all' });
    this.collapseAll = this.controls.getByRole('button', { name: 'Collapse all' });
    this.zoomOut = page.getByRole('button', { name: 'Zoom Out' });
    this.zoomIn = page.getByRole('button', { name: 'Zoom In' });
    this.summaryLines = page.getByRole('group', { name: /^Summary / });
  }

  /**
   * Opens `doc`, a design large enough to open with its namespaces collapsed, on a fresh page as
   * the file `name` (Open file…), and waits until it is drawn collapsed.
   */
  async open(name: string, doc: Doc): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await new Toolbar(this.page).openDesign(name, doc);
    // A busy machine takes a while to read and lay out 200 workloads.
    await expect(this.page.getByRole('status')).toContainText('namespaces collapsed', {
      timeout: 30_000,
    });
  }

  expand(namespace: string): Locator {
    return this.page.getByRole('button', { name: `Expand namespace ${namespace}`, exact: true });
  }

  collapse(namespace: string): Locator {
    return this.page.getByRole('button', { name: `Collapse namespace ${namespace}`, exact: true });
  }

  /**
   * How a node sits on screen: whether its box is wholly inside the canvas,
   * and how tall its name is drawn, in pixels.
   */
  async onScreen(node: Locator, name: string): Promise<{ inside: boolean; nameHeight: number }> {
    const frame = await this.flow.boundingBox();
    const box = await node.boundingBox();
    const text = await node.getByText(name, { exact: true }).first().boundingBox();
    if (frame === null || box === null || text === null) return { inside: false, nameHeight: 0 };
    const right = frame.x + frame.width;
    const bottom = frame.y + frame.height;
    const inside =
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= right &&
      box.y + box.height <= bottom;
    return { inside, nameHeight: text.height };
  }

  /** Clicks a zoom button until the canvas is in `band` (`full`, `compact`, `names`). */
  async zoomTo(band: string, button: Locator): Promise<void> {
    await expect
      .poll(async () => {
        if ((await this.flow.getAttribute('data-zoom-band')) !== band) await button.click();
        return this.flow.getAttribute('data-zoom-band');
      })
      .toBe(band);
  }

  /**
   * Waits until the canvas shows zoom band `band` after a move of the camera (Find, F, Show): a
   * zoom in from the whole design first draws the cards gone far empty, a part a frame, and the
   * band follows after the last part (`useFarCards`), many seconds on a busy machine. Fails when
   * no card is drawn empty, or whole again, for `stall` ms.
   */
  async inBand(band: string, stall = 30_000): Promise<void> {
    await untilDone(
      () =>
        this.flow.evaluate(
          (el) =>
            `${el.dataset.zoomBand ?? ''} with ` +
            `${String(el.querySelectorAll('.react-flow__node[data-far="true"]').length)} far`,
        ),
      (now) => now.startsWith(`${band} `),
      'the canvas stopped drawing far cards',
      stall,
    );
  }

  /** The summary line between two ends (`namespace:ns-1`, `workload:ns-2/web`). */
  summary(from: string, to: string): Locator {
    return this.page.getByTestId(`edge.${from}>${to}`);
  }
}
