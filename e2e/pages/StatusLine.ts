import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { ScreenBox } from './Presentation';

/** Two pods whose names the API server refuses: the import error names the first, at length. */
const REFUSED = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: Web_Frontend, namespace: shop}',
  '---',
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: Db_Primary, namespace: shop}',
].join('\n');
/** How the line's message then starts. */
export const REFUSED_START =
  'Nothing imported. shop-production-west-europe.yaml line 3: Invalid value';

/** How a message of the status line is drawn: where, and whether it reads whole. */
export interface MessageLook {
  readonly box: ScreenBox;
  /** Every character drawn: neither cut at the end of its line nor scrolled out of sight. */
  readonly whole: boolean;
}

/**
 * The status line under the canvas: one line of one height, whose message, when the line cuts
 * it, is a button that shows it whole (on hover and on keyboard focus).
 */
export class StatusLine {
  readonly line: Locator;
  /** The canvas above it, which keeps its size whatever the line says. */
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.line = page.getByRole('status');
    this.canvas = page.getByRole('main', { name: 'Canvas' });
  }

  /** The message `text` as the line shows it. */
  message(text: string): Locator {
    return this.line.getByText(text, { exact: true });
  }

  /** The message `text` as a button that unfolds it: there only while the line cuts it. */
  expandable(text: string): Locator {
    return this.line.getByRole('button', { name: text, exact: true });
  }

  /**
   * Presses Tab until the message `text` has keyboard focus, or the whole round of the page's
   * stops has gone by (focus is back on the first one reached); whether it got there.
   */
  async tabTo(text: string): Promise<boolean> {
    const isMessage = () => this.message(text).evaluate((el) => el === document.activeElement);
    await this.page.keyboard.press('Tab');
    const first = await this.page.evaluateHandle(() => document.activeElement);
    for (let i = 0; i < 500; i++) {
      if (await isMessage()) return true;
      await this.page.keyboard.press('Tab');
      if (await first.evaluate((el) => el === document.activeElement)) return false;
    }
    return false;
  }

  /** A file dropped on the page, as from the desktop (it is opened, as Open file… does). */
  async dropFile(name: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], fileName, { type: 'text/yaml' }));
        return dt;
      },
      [name, text] as const,
    );
    await this.page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  }

  /** Drops a file of refused pods: the long message the line then holds, cut at 1280 px. */
  async longMessage(): Promise<string> {
    await this.dropFile('shop-production-west-europe.yaml', REFUSED);
    await expect(this.line).toContainText(REFUSED_START);
    return (await this.line.textContent()) ?? '';
  }

  /** Where the message `text` is drawn and whether all of it can be read there. */
  async look(text: string): Promise<MessageLook> {
    return this.message(text).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const whole =
        el.scrollWidth <= el.clientWidth + 1 &&
        el.scrollHeight <= el.clientHeight + 1 &&
        r.top >= 0 &&
        r.bottom <= window.innerHeight + 1;
      return { box: { x: r.x, y: r.y, width: r.width, height: r.height }, whole };
    });
  }

  /** The canvas's size on the page, rounded to a hundredth of a pixel. */
  async canvasSize(): Promise<{ width: number; height: number }> {
    const box = await this.canvas.boundingBox();
    const round = (n: number) => Math.round(n * 100) / 100;
    return { width: round(box?.width ?? 0), height: round(box?.height ?? 0) };
  }
}
