/**
 * The matrix as a keyboard walks it (the WAI-ARIA grid pattern): one place in the tab order,
 * the arrows, Home, End, PageUp and PageDown move the focus, a far cell is drawn and scrolled
 * into view when the focus reaches it, and a tip says what the focused cell says, wholly in the
 * window at its right and bottom edges.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Matrix } from './pages/Matrix';

test.use({ viewport: { width: 1280, height: 720 } });

/** The element with the focus: its accessible name (a cell's words, a head's name). */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** Whether the focus is inside the grid. */
async function inGrid(matrix: Matrix): Promise<boolean> {
  return matrix.table.evaluate((grid) => grid.contains(document.activeElement));
}

/** Whether the focused element shows whole in the scroll box, clear of its sticky heads. */
async function focusedInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const box = el?.closest('.matrix-scroll');
    if (!(el instanceof HTMLElement) || !(box instanceof HTMLElement)) return false;
    const r = el.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    const corner = box.querySelector('.matrix-corner')?.getBoundingClientRect();
    const top = el.tagName === 'TD' ? (corner?.bottom ?? view.top) : view.top;
    const left = el.tagName === 'TD' ? (corner?.right ?? view.left) : view.left;
    return (
      r.top >= top - 1 &&
      r.left >= left - 1 &&
      r.bottom <= view.top + box.clientHeight + 1 &&
      r.right <= view.left + box.clientWidth + 1
    );
  });
}

test.describe('when the matrix of the three-tier example is walked with the keyboard', () => {
  test.beforeEach(async ({ page, matrix }) => {
    await page.goto('/?fixture=three-tier');
    await matrix.open();
    await expect(matrix.table).toBeVisible();
  });

  test('Tab enters the grid once, the keys walk it, Enter explains a cell, Tab leaves', async ({
    page,
    matrix,
    inspector,
  }) => {
    expect(await matrix.tabStops()).toBe(1);
    await matrix.axes.focus();
    await page.keyboard.press('Tab');
    await expect(matrix.cell('prod/web', 'prod/web')).toBeFocused();
    await expect(matrix.tip).toHaveText('prod/web → prod/web: the same workload: nothing to check');

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(matrix.cell('prod/api', 'prod/db')).toBeFocused();
    await expect(matrix.tip).toHaveText('prod/api → prod/db: every port allowed (TCP 3306)');
    expect(await matrix.tabStops()).toBe(1);
    await page.keyboard.press('Enter');
    await expect(inspector.explanation).toContainText('prod/api → prod/db on TCP port 3306');
    await expect(matrix.cell('prod/api', 'prod/db')).toHaveAttribute('aria-current', 'true');
    await expect(matrix.cell('prod/api', 'prod/db')).toBeFocused();

    await page.keyboard.press('End');
    await expect(matrix.cell('prod/api', 'backup-server')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(matrix.cell('prod/api', 'prod/web')).toBeFocused();
    await page.keyboard.press('Control+End');
    await expect(matrix.cell('backup-server', 'backup-server')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await expect(inspector.explanation).toContainText('test/api → backup-server');
    await page.keyboard.press('Control+Home');
    await expect(matrix.cell('prod/web', 'prod/web')).toBeFocused();

    // Past the first row and column, the heads: their names select their workloads.
    await page.keyboard.press('ArrowUp');
    await expect(matrix.column('prod/web').getByRole('button')).toBeFocused();
    await expect(matrix.tip).toHaveText('prod/web');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect(matrix.row('prod/web').getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(inspector.panel.getByLabel('Name', { exact: true })).toHaveValue('api');
    await expect(matrix.row('prod/api')).toHaveClass(/is-current/);

    // Tab goes on to what follows the grid, not through its cells; Shift+Tab comes back.
    await page.keyboard.press('Tab');
    expect(await inGrid(matrix)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(matrix.row('prod/api').getByRole('button')).toBeFocused();
  });
});

test.describe('when the matrix holds 240 workloads', () => {
  test('a far cell is reached by keys, drawn and shown with its tip wholly in the window', async ({
    page,
    matrix,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await page.evaluate(() => {
      const state = window.__editor?.getState();
      if (state === undefined) throw new Error('no editor');
      const namespaces = Array.from({ length: 8 }, (_, i) => ({
        name: `team-${String(i)}`,
        labels: { 'kubernetes.io/metadata.name': `team-${String(i)}` },
      }));
      const workloads = Array.from({ length: 240 }, (_, i) => ({
        namespace: `team-${String(i % 8)}`,
        name: `app-${String(i)}`,
        kind: 'Deployment' as const,
        labels: { app: `app-${String(i)}`, tier: i % 3 === 0 ? 'db' : 'web' },
        ports: [{ containerPort: 8080, protocol: 'TCP' as const }],
        ips: [],
      }));
      const policies = namespaces.map((n) => ({
        apiVersion: 'networking.k8s.io/v1' as const,
        kind: 'NetworkPolicy' as const,
        metadata: { name: 'db-from-web', namespace: n.name },
        spec: {
          podSelector: { matchLabels: { tier: 'db' } },
          policyTypes: ['Ingress' as const],
          ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'web' } } }] }],
        },
      }));
      state.replaceDoc({ namespaces, workloads, externals: [], policies });
    });
    await matrix.open();
    await expect(matrix.root).toContainText('240 workloads');
    await expect(matrix.cell('team-7/app-239', 'team-7/app-231')).toHaveCount(0);
    expect(await matrix.tabStops()).toBe(1);

    await matrix.axes.focus();
    await page.keyboard.press('Tab');
    expect(await inGrid(matrix)).toBe(true);
    // The far corner: not drawn until the focus goes there.
    await page.keyboard.press('Control+End');
    await expect(matrix.cell('team-7/app-239', 'team-7/app-239')).toBeFocused();
    expect(await focusedInView(page)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    const far = matrix.cell('team-7/app-239', 'team-7/app-231');
    await expect(far).toBeFocused();
    await expect(far).toHaveText('✓');
    await expect(matrix.tip).toHaveText(
      'team-7/app-239 → team-7/app-231: every port allowed (TCP 8080)',
    );
    // The last column and row: the tip turns left and up, whole in the window.
    expect(await matrix.tipInWindow()).toBe(true);
    await page.screenshot({ path: 'test-results/matrix-grid-far-cell-1280.png' });

    // A screenful up, and back down: the focused cell in view each time.
    await page.keyboard.press('PageUp');
    expect(await focusedName(page)).toMatch(/^team-7\/app-\d+ → team-7\/app-231: /);
    expect(await focusedName(page)).not.toMatch(/^team-7\/app-239 /);
    expect(await focusedInView(page)).toBe(true);
    await page.keyboard.press('PageDown');
    await expect(far).toBeFocused();

    // The last column's head: its whole name turns left, in the window.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await expect(matrix.column('team-7/app-239').getByRole('button')).toBeFocused();
    await expect(matrix.tip).toHaveText('team-7/app-239');
    expect(await matrix.tipInWindow()).toBe(true);

    // Scrolled away from the focused cell, the grid keeps its one place in the tab order.
    await page.keyboard.press('Control+End');
    await matrix.table.evaluate((grid) => {
      grid.parentElement?.scrollTo(0, 0);
    });
    await expect(matrix.cell('team-0/app-0', 'team-0/app-0')).toBeVisible();
    await expect.poll(() => matrix.tabStops()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await inGrid(matrix)).toBe(false);
  });
});

test.describe('when the matrix shows during a lesson', () => {
  test("the arrows walk the grid, the clicker's Page Down steps the lesson", async ({
    page,
    matrix,
    lesson,
  }) => {
    await page.goto('/?lesson=three-tiers&step=1');
    await expect(lesson.where).toHaveText(/^Step \d+ of 6$/);
    const step = await lesson.where.innerText();
    await matrix.open();
    await expect(matrix.table).toBeVisible();
    await matrix.axes.focus();
    await page.keyboard.press('Tab');
    await expect(matrix.cell('prod/web', 'prod/web')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(matrix.cell('prod/web', 'prod/api')).toBeFocused();
    await expect(lesson.where).toHaveText(step);
    await page.keyboard.press('PageDown');
    await expect(lesson.where).not.toHaveText(step);
  });
});
