/**
 * Undo takes back what the user did last, also when it only changed the view: a box opened or
 * closed is one undo step, an opened file comes back with the boxes it had collapsed, and Ctrl+Z
 * in a field whose text was applied undoes the edit, not the field's text alone.
 */
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
const FIRST = DOC.workloads.find((w) => w.namespace === 'ns-3')?.name ?? '';
const SMALL = generateCluster({ pods: 12, policies: 4, namespaces: 2, seed: 5 });

test.describe('when a box of an opened file is expanded, then undone', () => {
  test.beforeEach(({ page }) => {
    test.setTimeout(90_000);
    return page.setViewportSize({ width: 1440, height: 900 });
  });

  test('Undo collapses it again and the file stays; Redo expands it', async ({
    page,
    canvas,
    collapsed,
    toolbar,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    await expect(collapsed.controls).toContainText('12 of 12 boxes collapsed');
    await collapsed.expand('ns-3').click();
    await expect(canvas.workload(`ns-3/${FIRST}`)).toBeVisible({ timeout: 30_000 });

    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status')).toContainText('Undone: expanded ns-3.');
    await expect(canvas.workload(`ns-3/${FIRST}`)).toHaveCount(0);
    await expect(collapsed.controls).toContainText('12 of 12 boxes collapsed');
    await expect(canvas.namespace('ns-5')).toBeVisible();
    await expect(page).toHaveTitle(/cluster-200/);

    await toolbar.redo.click();
    await expect(canvas.workload(`ns-3/${FIRST}`)).toBeVisible({ timeout: 30_000 });
    await expect(collapsed.controls).toContainText('11 of 12 boxes collapsed');
  });

  test('Undo after opening another file brings this one back with its boxes collapsed', async ({
    page,
    canvas,
    collapsed,
    toolbar,
  }) => {
    await collapsed.open('cluster-200.yaml', DOC);
    await expect(collapsed.controls).toContainText('12 of 12 boxes collapsed');
    await toolbar.openDesign('small.yaml', SMALL);
    await expect(page.getByRole('status')).toContainText('Imported small.yaml');
    await expect(canvas.namespace('ns-3')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status')).toContainText('Undone: opened small.yaml.');
    await expect(collapsed.controls).toContainText('12 of 12 boxes collapsed');
    await expect(canvas.workload(`ns-3/${FIRST}`)).toHaveCount(0);
  });
});

test("Ctrl+Z after a name applied with Enter undoes the rename, the field showing the card's name", async ({
  page,
  canvas,
  inspector,
  toolbar,
}) => {
  await page.goto('/?fixture=three-tier');
  await canvas.workload('prod/db').click();
  await inspector.rename('database');
  await expect(canvas.workload('prod/database')).toBeVisible();
  const field = inspector.panel.getByLabel('Name', { exact: true });
  await expect(field).toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await expect(canvas.workload('prod/database')).toHaveCount(0);
  await expect(field).toHaveValue('db');
  await expect(toolbar.redo).toBeEnabled();
});
