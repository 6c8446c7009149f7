/**
 * A generated cluster of 200 workloads in 11 namespaces and 90 policies,
 * opened as a file: the matrix heads its rows and columns with namespaces and
 * names an engineer can read, and the matrix and the Policies list filter by
 * words and namespace.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import type { Doc } from '../src/model';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Toolbar } from './pages/Toolbar';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });

async function openLarge(page: Page, toolbar: Toolbar, doc: Doc = DOC): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await toolbar.openDesign('cluster-200.yaml', doc);
  // A busy machine takes a while to read and lay out 200 workloads.
  await expect(page.getByRole('status')).toContainText('Imported cluster-200.yaml', {
    timeout: 30_000,
  });
}

function workloadsIn(namespace: string): string[] {
  return DOC.workloads.filter((w) => w.namespace === namespace).map((w) => w.name);
}

test.describe('when a 200-workload cluster is shown as a matrix', () => {
  test('heads show the namespace over the names, and read namespace/name in full', async ({
    page,
    toolbar,
    matrix,
  }) => {
    await openLarge(page, toolbar);
    await matrix.open();
    await expect(matrix.root).toContainText('200 workloads');
    const first = matrix.column('kube-system/kube-dns');
    await expect(first).toBeVisible();
    await expect(first).toHaveText('kube-dns');
    await expect(first.getByRole('button')).toHaveAttribute('title', /^kube-system\/kube-dns:/);
    await expect(
      matrix.table.getByRole('columnheader', { name: 'kube-system', exact: true }),
    ).toBeVisible();
    await expect(
      matrix.table.getByRole('rowheader', { name: /^kube-system: \d+ workloads$/ }),
    ).toBeVisible();
    await expect(matrix.row('kube-system/kube-dns')).toHaveText('kube-dns');

    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await first.getByRole('button').hover();
      await page.screenshot({ path: `test-results/matrix-200-${String(size.width)}.png` });
    }
    // Scrolled into the middle: namespaces stay named over their columns and rows.
    await matrix.table.evaluate((table) => {
      table.parentElement?.scrollTo(1500, 1800);
    });
    await expect(
      matrix.table.getByRole('columnheader', { name: 'ns-3', exact: true }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/matrix-200-scrolled.png' });
  });

  test('the filter narrows rows and columns to a namespace and words', async ({
    page,
    toolbar,
    matrix,
  }) => {
    await openLarge(page, toolbar);
    await matrix.open();
    const names = workloadsIn('ns-3');
    await matrix.namespace.selectOption('ns-3');
    const n = String(names.length);
    await expect(matrix.root).toContainText(`showing ${n} sources × ${n} destinations`);
    await expect(matrix.column(`ns-3/${names[0] ?? ''}`)).toBeVisible();
    await expect(matrix.column('kube-system/kube-dns')).toHaveCount(0);
    await expect(matrix.row('kube-system/kube-dns')).toHaveCount(0);

    const webs = names.filter((w) => w.includes('web'));
    await matrix.filterText.fill('web');
    const w = String(webs.length);
    await expect(matrix.root).toContainText(`showing ${w} sources × ${w} destinations`);

    await matrix.axes.selectOption({ label: 'Columns (destinations)' });
    await expect(matrix.root).toContainText(`showing 200 sources × ${w} destinations`);
    await page.screenshot({ path: 'test-results/matrix-200-filtered.png' });

    await matrix.filterText.fill('no-such-workload');
    await expect(matrix.root).toContainText("No workload matches 'no-such-workload' in ns-3.");
    await expect(matrix.table).toHaveCount(0);
  });
});

test.describe('when a cell of that matrix is picked', () => {
  test('Show on canvas moves the camera to its line, opening the namespaces of its ends', async ({
    page,
    toolbar,
    matrix,
    canvas,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLarge(page, toolbar);
    // kube-dns heads the first column; a source far from it, in a collapsed namespace.
    const source = `ns-7/${workloadsIn('ns-7')[0] ?? ''}`;
    await matrix.open();
    await matrix.axes.selectOption({ label: 'Rows (sources)' });
    await matrix.filterText.fill(source);
    await matrix.cell(source, 'kube-system/kube-dns').click();
    const inspector = page
      .getByRole('complementary', { name: 'Panels' })
      .getByLabel('Flow explanation');
    await expect(inspector).toContainText(`${source} → kube-system/kube-dns`);

    await inspector.getByRole('button', { name: 'Show on canvas' }).click();
    await expect(matrix.root).toHaveCount(0);
    const ends = [canvas.workload(source), canvas.workload('kube-system/kube-dns')];
    for (const end of ends) {
      await expect.poll(() => canvas.inView(end), { timeout: 15_000 }).toBe(true);
    }
    await page.screenshot({ path: 'test-results/matrix-cell-shown.png' });
  });
});

test.describe('when a workload of a 50-workload design, drawn open, is found from the matrix', () => {
  test('the camera waits for every card to be drawn, then frames it', async ({
    page,
    toolbar,
    matrix,
    canvas,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const doc = generateCluster({ pods: 50, policies: 20, namespaces: 5, seed: 9 });
    await openLarge(page, toolbar, doc);
    // Back from the matrix, the canvas draws its cards again in parts of 10: a workload late in
    // the design was not yet drawn when the camera moved, which then framed nothing.
    const last = doc.workloads.at(-1);
    const name = `${last?.namespace ?? ''}/${last?.name ?? ''}`;
    await matrix.open();
    await page.keyboard.press('Control+k');
    const find = page.getByRole('combobox', { name: /Find workloads/ });
    await expect(find).toBeFocused();
    await find.fill(last?.name ?? '');
    const first = page.getByRole('listbox', { name: 'Matches' }).getByRole('option').first();
    await expect(first).toContainText(name);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(matrix.root).toHaveCount(0);
    await expect.poll(() => canvas.inView(canvas.workload(name)), { timeout: 15_000 }).toBe(true);
    await page.screenshot({ path: 'test-results/found-from-matrix.png' });
  });
});

test.describe('when the 90 policies of that cluster are listed', () => {
  test('the filter narrows the list by namespace and words', async ({
    page,
    toolbar,
    policyPanel,
  }) => {
    await openLarge(page, toolbar);
    await policyPanel.open();
    const items = policyPanel.list.getByRole('listitem');
    await expect(items).toHaveCount(90);

    const inNs2 = DOC.policies.filter((p) => p.metadata.namespace === 'ns-2');
    await policyPanel.namespace.selectOption('ns-2');
    await expect(items).toHaveCount(inNs2.length);
    await expect(policyPanel.panel).toContainText(`${String(inNs2.length)} of 90 NetworkPolicies`);

    const one = inNs2.at(-1)?.metadata.name ?? '';
    await policyPanel.filterText.fill(`ns-2/${one}`);
    await expect(items).toHaveCount(1);
    await expect(policyPanel.item(one)).toBeVisible();

    await policyPanel.filterText.fill('foo');
    await expect(policyPanel.panel).toContainText("No policy matches 'foo' in ns-2.");
    await expect(policyPanel.list).toHaveCount(0);
    await page.screenshot({ path: 'test-results/policies-filtered.png' });
  });
});
