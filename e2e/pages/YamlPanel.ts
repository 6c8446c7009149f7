import type { Locator, Page } from '@playwright/test';

/** The YAML panel: CodeMirror with the whole design, Apply, and the problems list. */
export class YamlPanel {
  readonly tab: Locator;
  readonly editor: Locator;
  readonly apply: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'YAML' });
    this.editor = page.getByRole('textbox', { name: 'YAML of the design' });
    this.apply = page.getByRole('button', { name: 'Apply' });
    this.problems = page.getByRole('list', { name: 'YAML problems' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** Replaces the first occurrence of `text` in the editor with `replacement`. */
  async replace(text: string, replacement: string): Promise<void> {
    const line = this.editor.getByText(text, { exact: false }).first();
    await line.click();
    const content = await this.editor.textContent();
    if (content === null || !content.includes(text)) throw new Error(`no ${text} in the editor`);
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('Shift+End');
    const lineText = (await line.textContent()) ?? '';
    await this.page.keyboard.insertText(lineText.replace(text, replacement));
  }
}
