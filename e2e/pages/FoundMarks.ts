import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * What Find marks on the canvas when a label is picked: the cards lit above the focus's veil
 * (React Flow's wrapper `data-lit`) and the rest dimmed under it (the canvas's `data-focus`).
 */
export class FoundMarks {
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('main', { name: 'Canvas' });
  }

  /** Picks Find's label match `label` (`tier=cache`) with Ctrl+K and Enter; its second line. */
  async pickLabel(label: string): Promise<string> {
    await this.page.keyboard.press('Control+k');
    await this.page.getByRole('combobox', { name: /Find workloads/ }).fill(label);
    const first = this.page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first();
    await expect(first).toContainText(`label on`);
    await expect(first).toContainText(label);
    const text = (await first.textContent()) ?? '';
    await this.page.keyboard.press('Enter');
    return text;
  }

  /** Whether the canvas dims what is not lit. */
  async dimming(): Promise<boolean> {
    return (await this.canvas.locator('[data-focus="true"]').count()) > 0;
  }

  /** The workload cards drawn (`ns-4/app-1-cache-136`), and whether each is lit. */
  async cards(): Promise<Record<string, boolean>> {
    return this.page
      .locator('.react-flow__node-workload')
      .evaluateAll((all) =>
        Object.fromEntries(
          all.map((n) => [
            (n.getAttribute('data-id') ?? '').slice('workload:'.length),
            n.hasAttribute('data-lit'),
          ]),
        ),
      );
  }
}
