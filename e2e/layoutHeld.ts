/**
 * The automatic layout held back: the answers of its worker wait until the journey releases
 * them, so that what the page does while a layout works (boxes opening, a design opened) can be
 * read without racing it.
 */
import type { Page } from '@playwright/test';

/**
 * Holds the answers of the layout's worker (named "elk") while `window.__elkHeld` is a list,
 * and hands them over when `releaseLayout` runs: the boxes a focus opens stay as they were
 * until then.
 */
export async function holdLayoutAnswers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Held = { __elkHeld?: (() => void)[] | null };
    const held = window as unknown as Held;
    const Real = window.Worker;
    const later =
      (fn: EventListener): EventListener =>
      (e) => {
        if (held.__elkHeld) {
          held.__elkHeld.push(() => {
            fn(e);
          });
        } else fn(e);
      };
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'elk') return;
        const add = this.addEventListener.bind(this);
        this.addEventListener = ((type: string, fn: EventListener, o?: AddEventListenerOptions) => {
          add(type, type === 'message' ? later(fn) : fn, o);
        }) as Worker['addEventListener'];
        Object.defineProperty(this, 'onmessage', {
          set: (fn: EventListener) => {
            add('message', later(fn));
          },
        });
      }
    };
  });
}

/** From now on, the layout's answers wait (`holdLayoutAnswers` must have been set up). */
export async function holdLayout(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __elkHeld: unknown[] }).__elkHeld = [];
  });
}

/** Hands over the answers held, and lets the next ones through. */
export async function releaseLayout(page: Page): Promise<void> {
  await page.evaluate(() => {
    const held = window as unknown as { __elkHeld: (() => void)[] | null };
    const answers = held.__elkHeld ?? [];
    held.__elkHeld = null;
    for (const answer of answers) answer();
  });
}
