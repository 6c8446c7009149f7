import type { Locator, Page } from '@playwright/test';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compare with…: the header's button, its dialog, and the Compare tab with its rows. */
export class Compare {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly lastSaved: Locator;
  /** What the dialog says went wrong with a file. */
  readonly dialogError: Locator;
  readonly tab: Locator;
  readonly panel: Locator;
  /** `0 newly allowed, 16 newly blocked (5 workloads and 3 ports compared).` */
  readonly summary: Locator;
  readonly close: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.button = page
      .getByRole('navigation', { name: 'Toolbar' })
      .getByRole('button', { name: 'Compare with…' });
    this.dialog = page.getByRole('dialog', { name: 'Compare with…' });
    this.fileInput = page.getByLabel('YAML files to compare with');
    this.lastSaved = this.dialog.getByRole('button', { name: 'The last saved design' });
    this.dialogError = this.dialog.getByRole('alert');
    this.tab = page.getByRole('tab', { name: 'Comparison' });
    this.panel = page.getByRole('region', { name: 'Comparison' });
    this.summary = this.panel.getByRole('status');
    this.close = this.panel.getByRole('button', { name: 'Close comparison' });
    this.rows = this.panel.getByRole('list', { name: 'Changed connections' }).getByRole('button');
  }

  /** Compares the design on screen with a file, chosen in the dialog. */
  async withFile(name: string, text: string): Promise<void> {
    await this.button.click();
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  async withLastSaved(): Promise<void> {
    await this.button.click();
    await this.lastSaved.click();
  }

  /** The row of a change from one workload to another (`prod/db`, `prod/web`). */
  row(from: string, to: string, change: 'newly allowed' | 'newly blocked'): Locator {
    return this.panel.getByRole('button', {
      name: new RegExp(`^${escaped(from)} → ${escaped(to)}: ${change} `),
    });
  }
}
