import type { Locator, Page } from '@playwright/test';

/** The Lesson editor tab: a trainer's own lesson, written in the app. */
export class LessonEditor {
  readonly panel: Locator;
  readonly tab: Locator;
  readonly lessonTitle: Locator;
  readonly lessonId: Locator;
  readonly steps: Locator;
  readonly addStep: Locator;
  readonly stepForm: Locator;
  readonly stepTitle: Locator;
  readonly stepText: Locator;
  readonly connectionFrom: Locator;
  readonly connectionTo: Locator;
  readonly port: Locator;
  readonly replaceDesign: Locator;
  readonly preview: Locator;
  readonly save: Locator;
  /** What the step claims: one item per claim, and the new claim's fields. */
  readonly claims: Locator;
  readonly claimFrom: Locator;
  readonly claimTo: Locator;
  readonly claimPort: Locator;
  readonly addClaim: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Lesson editor' });
    this.tab = page.getByRole('tab', { name: 'Lesson editor' });
    this.lessonTitle = this.panel.getByLabel('Lesson title');
    this.lessonId = this.panel.getByLabel('Lesson id (file name and address)');
    this.steps = this.panel.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    this.addStep = this.panel.getByRole('button', { name: 'Add step from the current design' });
    this.stepForm = this.panel.getByRole('group', { name: /^Step \d+ of \d+$/ });
    this.stepTitle = this.panel.getByLabel('Step title');
    this.stepText = this.panel.getByLabel('Step text');
    this.connectionFrom = this.panel.getByRole('combobox', { name: 'From', exact: true });
    this.connectionTo = this.panel.getByRole('combobox', { name: 'To', exact: true });
    this.port = this.panel.getByRole('textbox', { name: 'Port', exact: true });
    this.replaceDesign = this.panel.getByRole('button', {
      name: 'Replace its design with the current one',
    });
    this.preview = this.panel.getByRole('button', { name: 'Preview' });
    this.save = this.panel.getByRole('button', { name: 'Save as lesson file' });
    this.claims = this.panel.getByRole('list', { name: 'Claims' }).getByRole('listitem');
    this.claimFrom = this.panel.getByRole('combobox', { name: 'Claim from' });
    this.claimTo = this.panel.getByRole('combobox', { name: 'Claim to' });
    this.claimPort = this.panel.getByRole('textbox', { name: 'Claim port' });
    this.addClaim = this.panel.getByRole('button', { name: /^Add claim/ });
  }

  /** The tick box that rings `node` (as the editor labels it: `prod/db`). */
  rings(node: string): Locator {
    return this.panel
      .getByRole('group', { name: 'It rings' })
      .getByRole('checkbox', { name: node });
  }

  /** The button that opens step `n` (1-based) in the editor. */
  step(n: number): Locator {
    return this.steps
      .nth(n - 1)
      .getByRole('button')
      .first();
  }

  stepButton(n: number, action: 'Move step' | 'Delete step', dir = ''): Locator {
    const name = `${action} ${n}${dir === '' ? '' : ` ${dir}`}`;
    return this.panel.getByRole('button', { name, exact: true });
  }
}
