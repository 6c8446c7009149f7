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

  /** The buttons that remove a label or a container port, each in its row. */
  get removeButtons(): Locator {
    return this.panel.getByRole('button', { name: /^Remove (label|port) / });
  }

  /** A workload's two badges: `ingress isolated` or `ingress open`, and the same for egress. */
  get isolationBadges(): Locator {
    return this.panel.getByText(/^(ingress|egress) (isolated|open)$/);
  }

  /** How far past the panel's right edge each of `parts` reaches, in px (0 or less: inside). */
  async overhang(parts: Locator): Promise<number[]> {
    const panel = await this.panel.boundingBox();
    const right = (panel?.x ?? 0) + (panel?.width ?? 0);
    const overhang: number[] = [];
    for (const part of await parts.all()) {
      const box = await part.boundingBox();
      overhang.push(Math.round((box?.x ?? 0) + (box?.width ?? 0) - right));
    }
    return overhang;
  }

  async addPort(port: number): Promise<void> {
    await this.panel.getByRole('button', { name: 'Add port' }).click();
    const field = this.panel.getByLabel(/^Port \d+ number$/).last();
    await field.fill(String(port));
    await field.blur();
  }
}
