/**
 * The status line in the Matrix says nothing about the canvas: a note on what the canvas marks
 * (Find's label) waits there, and is said again back on the canvas.
 */
import { expect, test } from './fixtures';
import { FoundMarks } from './pages/FoundMarks';

test('a note about the canvas is kept for the canvas while the Matrix shows', async ({
  page,
  matrix,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
  await new FoundMarks(page).pickLabel('role=api');
  const status = page.getByRole('status');
  await expect(status).toContainText('3 workloads with role=api in 3 namespaces — Esc to clear');
  await matrix.open();
  await expect(matrix.root).toBeVisible();
  await expect(status).not.toContainText('role=api');
  await expect(status).toContainText('Click a cell to see why it is allowed or blocked.');
  await page.screenshot({ path: 'test-results/matrix-status.png' });
  await matrix.switchBack.click();
  await expect(status).toContainText('3 workloads with role=api in 3 namespaces — Esc to clear');
});
