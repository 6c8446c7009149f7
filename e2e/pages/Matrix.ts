import type { Locator, Page } from '@playwright/test';

/** The reachability matrix view: its switch, port filter, legend and cells. */
export class Matrix {
  readonly switchTo: Locator;
  readonly switchBack: Locator;
  readonly root: Locator;
  readonly ports: Locator;
  readonly legend: Locator;
  /** The matrix: a grid with one place in the tab order, walked with the arrow keys. */
  readonly table: Locator;
  /** The tip of the focused cell or head (or the head under the pointer). */
  readonly tip: Locator;
  readonly filterText: Locator;
  readonly namespace: Locator;
  readonly axes: Locator;

  constructor(readonly page: Page) {
    const views = page.getByRole('tablist', { name: 'View' });
    this.switchTo = views.getByRole('tab', { name: 'Matrix' });
    this.switchBack = views.getByRole('tab', { name: 'Canvas' });
    this.root = page.getByRole('main', { name: 'Reachability matrix' });
    this.ports = this.root.getByRole('combobox', { name: 'Ports' });
    this.legend = this.root.getByRole('list', { name: 'Legend' });
    this.table = this.root.getByRole('grid');
    this.tip = this.root.getByRole('tooltip');
    const filter = this.root.getByRole('search', { name: 'Filter workloads' });
    this.filterText = filter.getByRole('searchbox', { name: 'Filter workloads' });
    this.namespace = filter.getByRole('combobox', { name: 'Namespace' });
    this.axes = filter.getByRole('combobox', { name: 'Applies to' });
  }

  /** The header of a destination column, named `namespace/name`. */
  column(label: string): Locator {
    return this.table.getByRole('columnheader', { name: label, exact: true });
  }

  /** The header of a source row, named `namespace/name`. */
  row(label: string): Locator {
    return this.table.getByRole('rowheader', { name: label, exact: true });
  }

  async open(): Promise<void> {
    await this.switchTo.click();
  }

  /** The cell of a source and a destination (`prod/web`, `backup-server`). */
  cell(from: string, to: string): Locator {
    return this.page.getByTestId(`matrix.cell.${from}.${to}`);
  }

  /** The cell's verdict as its symbol reads: ✓ every port, ◐ some, ✕ none, · nothing to check. */
  async cellVerdict(from: string, to: string): Promise<string> {
    return (await this.cell(from, to).innerText()).trim();
  }

  /** The elements of the grid in the tab order (one: the grid is one stop). */
  async tabStops(): Promise<number> {
    return this.table.evaluate(
      (grid) => [...grid.querySelectorAll<HTMLElement>('*')].filter((e) => e.tabIndex >= 0).length,
    );
  }

  /** Whether the tip is drawn wholly inside the window. */
  async tipInWindow(): Promise<boolean> {
    return this.tip.evaluate((tip) => {
      const box = tip.getBoundingClientRect();
      const whole = tip.scrollWidth <= tip.clientWidth;
      return (
        whole &&
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth &&
        box.bottom <= window.innerHeight
      );
    });
  }

  /** Names of the column heads in view drawn cut: more name than room along their line. */
  async cutColumnNames(): Promise<string[]> {
    const heads = await this.table.getByRole('columnheader').all();
    const cut: string[] = [];
    for (const head of heads) {
      const button = head.getByRole('button');
      if ((await button.count()) === 0) continue;
      // The name written upwards: cut when its text runs longer than its box (by less than a
      // pixel too: `recommendationservice` read `recommendationservi…`, 162.8 px in 162).
      const over = await button.evaluate((el) => {
        const name = el.firstElementChild;
        if (name === null) return false;
        const text = document.createRange();
        text.selectNodeContents(name);
        return text.getBoundingClientRect().height > name.getBoundingClientRect().height + 0.5;
      });
      if (over) cut.push((await head.getAttribute('aria-label')) ?? '');
    }
    return cut;
  }

  /** Names of the row heads in view drawn cut (an ellipsis at their end). */
  async cutRowNames(): Promise<string[]> {
    return this.table
      .locator('.matrix-row-name')
      .evaluateAll((names) =>
        names
          .filter((n) => n.scrollWidth > n.clientWidth)
          .map((n) => n.closest('th')?.getAttribute('aria-label') ?? ''),
      );
  }

  /** How many source rows show whole in the scroll box, under the heads stuck over its top. */
  async rowsWhollyInView(): Promise<number> {
    return this.table.evaluate((grid) => {
      const box = grid.closest('.matrix-scroll');
      const corner = grid.querySelector('.matrix-corner');
      if (!(box instanceof HTMLElement) || corner === null) return 0;
      const view = box.getBoundingClientRect();
      const top = corner.getBoundingClientRect().bottom;
      const bottom = view.top + box.clientHeight;
      return [...grid.querySelectorAll('.matrix-row-head')].filter((head) => {
        const r = head.getBoundingClientRect();
        return r.top >= top - 1 && r.bottom <= bottom + 1;
      }).length;
    });
  }

  /** The boxes of the namespace headings down the side that show in the scroll box. */
  async rowGroupBoxes(): Promise<{ name: string; top: number; bottom: number }[]> {
    return this.table.evaluate((grid) => {
      const box = grid.closest('.matrix-scroll');
      if (!(box instanceof HTMLElement)) return [];
      const view = box.getBoundingClientRect();
      return [...grid.querySelectorAll('.matrix-row-group')]
        .map((head) => {
          const r = head.getBoundingClientRect();
          return { name: head.getAttribute('aria-label') ?? '', top: r.top, bottom: r.bottom };
        })
        .filter((r) => r.bottom > view.top && r.top < view.top + box.clientHeight);
    });
  }

  async filterPort(label: string): Promise<void> {
    await this.ports.selectOption({ label });
  }
}
