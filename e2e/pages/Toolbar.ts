import type { Locator, Page } from '@playwright/test';
import type { Doc } from '../../src/model';
import { serializeDocument } from '../../src/io';

/** The header: file commands, example, undo and redo, help. */
export class Toolbar {
  readonly openFile: Locator;
  readonly fileInput: Locator;
  readonly pasteYaml: Locator;
  readonly saveDesign: Locator;
  readonly exportYaml: Locator;
  readonly example: Locator;
  readonly newDesign: Locator;
  readonly relayout: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly help: Locator;
  /** The design's name, in the header. */
  readonly designName: Locator;

  constructor(readonly page: Page) {
    const bar = page.getByRole('navigation', { name: 'Toolbar' });
    this.openFile = bar.getByRole('button', { name: 'Open file…' });
    this.fileInput = page.getByLabel('YAML files or flow logs to open');
    this.pasteYaml = bar.getByRole('button', { name: 'Paste YAML…' });
    this.saveDesign = bar.getByRole('button', { name: 'Save design' });
    this.exportYaml = bar.getByRole('button', { name: 'Export .yaml' });
    this.example = bar.getByRole('button', { name: 'Three-tier example' });
    this.newDesign = bar.getByRole('button', { name: 'New' });
    this.relayout = page.getByRole('button', { name: 'Re-layout' });
    this.undo = bar.getByRole('button', { name: 'Undo' });
    this.redo = bar.getByRole('button', { name: 'Redo' });
    this.help = bar.getByRole('button', { name: 'Help' });
    this.designName = page.getByRole('textbox', { name: 'Design name' });
  }

  /** Saves the whole design through the browser's download; returns the file's text. */
  async downloadDesign(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.saveDesign.click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Types a name for the design and confirms it with Enter. */
  async nameDesign(name: string): Promise<void> {
    await this.designName.fill(name);
    await this.designName.press('Enter');
  }

  /** The name of the file a button downloads. */
  async downloadName(button: Locator): Promise<string> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return (await download).suggestedFilename();
  }

  /** Opens a flow log (Hubble JSON lines or a CSV of connections) as Open file… does. */
  async openFlowLog(name: string, text: string): Promise<void> {
    const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  }

  async openYamlFile(name: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  }

  /** Opens `doc` (a generated design, say) as the file `name`, as a user opens a file. */
  async openDesign(name: string, doc: Doc): Promise<void> {
    await this.openYamlFile(name, serializeDocument(doc));
  }
}
