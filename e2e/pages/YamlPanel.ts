import type { Locator, Page } from '@playwright/test';

/** The YAML panel: CodeMirror with the whole design, Apply, and the problems list. */
export class YamlPanel {
  readonly tab: Locator;
  readonly editor: Locator;
  readonly apply: Locator;
  readonly discard: Locator;
  readonly problems: Locator;
  /** The notice of edits typed before another design opened, with what can be done with them. */
  readonly setAside: Locator;
  readonly copySetAside: Locator;
  readonly openSetAside: Locator;
  readonly throwSetAside: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'YAML' });
    this.editor = page.getByRole('textbox', { name: 'YAML of the design' });
    this.apply = page.getByRole('button', { name: 'Apply' });
    this.discard = page.getByRole('button', { name: 'Discard' });
    this.problems = page.getByRole('list', { name: 'YAML problems' });
    this.setAside = page.getByRole('region', { name: 'YAML edits set aside' });
    this.copySetAside = this.setAside.getByRole('button', { name: 'Copy them' });
    this.openSetAside = this.setAside.getByRole('button', { name: 'Open as a design' });
    this.throwSetAside = this.setAside.getByRole('button', { name: 'Throw them away' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** Rewrites the first line that reads exactly `line` (near the top: the editor renders what is in view). */
  async replaceLine(line: string, replacement: string): Promise<void> {
    const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.editor
      .getByText(new RegExp(`^${escaped}$`))
      .first()
      .click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.insertText(replacement.trimStart());
  }
}
