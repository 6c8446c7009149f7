import type { Locator, Page } from '@playwright/test';

/** The lesson bar above the canvas, the lessons menu, the workshop tools and the traffic table. */
export class Lesson {
  readonly bar: Locator;
  readonly where: Locator;
  readonly title: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly exit: Locator;
  readonly lessonsButton: Locator;
  readonly present: Locator;
  readonly exitPresentation: Locator;
  readonly plugin: Locator;
  readonly banner: Locator;
  readonly trafficTab: Locator;
  readonly trafficTable: Locator;
  /** Presentation mode's laser pointer toggle. */
  readonly laser: Locator;
  /** Presentation mode's "Reveal line by line" toggle, and how many lines it shows. */
  readonly reveal: Locator;
  readonly revealed: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: /^Lesson: / });
    this.where = this.bar.getByText(/^Step \d+ of \d+$/);
    this.title = this.bar.getByRole('heading');
    this.next = this.bar.getByRole('button', { name: 'Next →' });
    this.previous = this.bar.getByRole('button', { name: '← Previous' });
    this.exit = this.bar.getByRole('button', { name: 'Exit lesson' });
    const toolbar = page.getByRole('navigation', { name: 'Toolbar' });
    this.lessonsButton = toolbar.getByRole('button', { name: 'Lessons…' });
    this.present = page.getByRole('button', { name: 'Present', exact: true });
    this.exitPresentation = toolbar.getByRole('button', { name: 'Exit presentation' });
    this.plugin = page.getByRole('combobox', { name: 'Network plugin' });
    this.banner = page.getByRole('note', { name: 'Policies not enforced' });
    this.trafficTab = page.getByRole('tab', { name: 'Traffic table' });
    this.laser = toolbar.getByRole('button', { name: 'Laser pointer' });
    this.reveal = toolbar.getByRole('button', { name: 'Reveal line by line' });
    this.revealed = this.bar.getByText(/^Line \d+ of \d+$/);
    this.trafficTable = page.getByRole('region', { name: 'Traffic table' }).getByRole('table');
  }
}
