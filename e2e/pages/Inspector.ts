import type { Locator, Page } from '@playwright/test';

/** The inspector panel: a node's fields and paths, a line's explanation. */
export class Inspector {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly explanation: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Inspector' });
    this.panel = page.getByRole('region', { name: 'Inspector' });
    this.explanation = this.panel.getByRole('article');
  }

  /** The toggle that focuses the canvas on the selected workload's connections. */
  get focusButton(): Locator {
    return this.panel.getByRole('button', { name: /^Focus on .+'s connections$/ });
  }

  path(text: string): Locator {
    return this.panel.getByRole('button', { name: text });
  }

  async rename(name: string): Promise<void> {
    const field = this.panel.getByLabel('Name', { exact: true });
    await field.fill(name);
    await field.press('Enter');
  }

  /** Replaces the labels with one `key=value`. */
  async setLabel(key: string, value: string): Promise<void> {
    await this.panel.getByLabel('Label 1 key').fill(key);
    await this.panel.getByLabel('Label 1 value').fill(value);
    await this.panel.getByLabel('Label 1 value').blur();
  }

  async addPort(port: number): Promise<void> {
    await this.panel.getByRole('button', { name: 'Add port' }).click();
    const field = this.panel.getByLabel(/^Port \d+ number$/).last();
    await field.fill(String(port));
    await field.blur();
  }
}
