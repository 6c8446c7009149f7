import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { CanvasLines } from './canvasLines';

/**
 * The canvas, as the journeys take it (`canvas` in `fixtures.ts`): what it draws
 * (`CanvasNodes`), its camera (`CanvasCamera`), its lines and labels (`CanvasLines`), and here
 * what the user does on it: focus with F, find and focus, drop from the palette, drag, draw.
 */
export class Canvas extends CanvasLines {
  /** The user picks workload `key` (`prod/api`) and presses F: the canvas focuses on it. */
  async focusOn(key: string): Promise<void> {
    await this.workload(key).click();
    await this.page.keyboard.press('f');
    await expect(this.focusNote).toContainText(`Focused on ${key}`);
  }

  /**
   * The user finds workload `key` (`ns-7/app-7-api-87`) by its name with Ctrl+K and picks the
   * first match, it, with Enter: the camera's move may not be made yet.
   */
  async find(key: string): Promise<void> {
    const { page } = this;
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: /Find workloads/ }).fill(key.split('/')[1] ?? key);
    await expect(
      page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first(),
    ).toContainText(key);
    await page.keyboard.press('Enter');
  }

  /**
   * The user finds workload `key` (`ns-1/app-6-cache-1`) by its name with Ctrl+K and Enter,
   * then presses F, on a design too large to click it at once: returns when the camera has made
   * both moves and the focus has drawn what it opens.
   */
  async findAndFocus(key: string): Promise<void> {
    const { page } = this;
    await this.find(key);
    await this.cameraMoved();
    await page.keyboard.press('f');
    await this.focusDrawn();
  }

  /**
   * Waits until a focus asked for (F, the Inspector's Focus) is drawn: the camera has framed it
   * and the namespaces it opens are drawn with their cards and lines, which the focus lights or
   * dims (`drawing more…` gone from its note).
   */
  async focusDrawn(): Promise<void> {
    await this.cameraMoved();
    await expect(this.focusNote).not.toContainText('drawing more…', { timeout: 60_000 });
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
