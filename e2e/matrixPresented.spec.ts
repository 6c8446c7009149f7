/**
 * The Matrix in a presented lesson, as a room sees it on a 1280 × 720 projector: the step's
 * text beside the grid, and rows of cells under the heads, large enough for the back of the
 * room; the group of endpoints outside the cluster named whole over its one column.
 */
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('presented at 1280 × 720, a lesson step leaves the matrix rows to read', async ({
  page,
  matrix,
  presentation,
}) => {
  // Step 3 of "Outside the cluster": kube-system/coredns, the longest name of a built-in lesson.
  await page.goto('/?lesson=outside&step=3');
  await presentation.present.click();
  await expect(presentation.exit).toBeVisible();
  await matrix.open();
  await expect(matrix.table).toBeVisible();
  const step = page.getByRole('region', { name: 'Lesson: Outside the cluster' });
  await expect(step).toContainText('still get in.');
  // The step's words stay whole beside the grid, never over it.
  const text = await step.boundingBox();
  const grid = await matrix.root.locator('.matrix-scroll').boundingBox();
  expect(text).not.toBeNull();
  expect(grid).not.toBeNull();
  if (text !== null && grid !== null) expect(text.x).toBeGreaterThanOrEqual(grid.x + grid.width);
  await expect(matrix.cell('prod/db', 'backup-server')).toBeVisible();
  expect(await matrix.rowsWhollyInView()).toBeGreaterThanOrEqual(3);
  // Cells as large as the presented page's type.
  const cell = await matrix.cell('prod/api', 'prod/db').boundingBox();
  expect(cell?.height ?? 0).toBeGreaterThanOrEqual(42);
  await page.screenshot({ path: 'test-results/present/1280-lesson-matrix.png' });
  // The filter's fields wait behind a button, and come when asked for.
  await expect(matrix.filterText).toHaveCount(0);
  const filters = matrix.root.getByRole('button', { name: 'Filter…' });
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await matrix.filterText.fill('db');
  await expect(matrix.root).toContainText('showing 1 source × 1 destination');
  await expect(filters).toBeDisabled();
});

test('the group outside the cluster is named whole over its one column', async ({
  page,
  matrix,
}) => {
  await page.goto('/?fixture=three-tier');
  await matrix.open();
  const outside = matrix.table.getByRole('columnheader', {
    name: 'outside the cluster',
    exact: true,
  });
  await expect(outside).toHaveText('outside the cluster');
  const cut = await outside
    .locator('.matrix-group-name')
    .evaluate(
      (name) => name.scrollWidth > name.clientWidth || name.textContent !== 'outside the cluster',
    );
  expect(cut).toBe(false);
  // Nothing is drawn over it: it reads on past the last column, where no heading is.
  const box = await outside.locator('.matrix-group-name').boundingBox();
  const last = await matrix.column('backup-server').boundingBox();
  expect(box?.x ?? 0).toBeGreaterThanOrEqual((last?.x ?? 0) - 1);
});
