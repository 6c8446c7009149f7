import type { Locator, Page } from '@playwright/test';

/** The Policies tab: the list, New policy, and the form of the picked policy. */
export class PolicyPanel {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly newPolicy: Locator;
  readonly list: Locator;
  readonly filterText: Locator;
  readonly namespace: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Policies' });
    this.panel = page.getByRole('region', { name: 'Policies' });
    this.newPolicy = this.panel.getByRole('button', { name: 'New policy' });
    this.list = this.panel.getByRole('list', { name: 'NetworkPolicies' });
    const filter = this.panel.getByRole('search', { name: 'Filter policies' });
    this.filterText = filter.getByRole('searchbox', { name: 'Filter policies' });
    this.namespace = filter.getByRole('combobox', { name: 'Namespace' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  item(name: string): Locator {
    return this.panel.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  /** Opens the Policies tab and picks the policy: the canvas marks it, its form opens. */
  async pick(name: string): Promise<Locator> {
    await this.open();
    await this.item(name).click();
    return this.form(name);
  }

  form(name: string): Locator {
    return this.panel.getByRole('form', { name: `Edit ${name}` });
  }

  /** A rule of the form: `rule(form, 'Ingress', 1)`. */
  rule(form: Locator, direction: 'Ingress' | 'Egress', n: number): Locator {
    return form.getByRole('group', { name: `${direction} rule ${n}`, exact: true });
  }

  peer(rule: Locator, n: number): Locator {
    return rule.getByRole('group', { name: `Peer ${n}`, exact: true });
  }

  /** Types into a text field and leaves it, which applies it. */
  async fill(field: Locator, text: string): Promise<void> {
    await field.fill(text);
    await field.press('Tab');
  }
}
