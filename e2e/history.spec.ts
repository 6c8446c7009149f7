import { expect, test } from './fixtures';

test.describe('undo and redo', () => {
  test('bring a deleted workload back and take it away again', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/db').click();
    await page.keyboard.press('Delete');
    await expect(canvas.workload('prod/db')).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(canvas.workload('prod/db')).toBeVisible();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');

    await page.keyboard.press('Control+Shift+z');
    await expect(canvas.workload('prod/db')).toHaveCount(0);
    await toolbar.undo.click();
    await expect(canvas.workload('prod/db')).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect(canvas.workload('prod/db')).toHaveCount(0);
    await toolbar.undo.click();
    await expect(toolbar.redo).toBeEnabled();
    await page.screenshot({ path: 'test-results/undo-redo.png' });
  });

  test('deleting a line removes the rules behind it, and undo restores them', async ({
    page,
    canvas,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.lineLabel('prod/web', 'prod/api').click();
    await page.keyboard.press('Delete');
    await expect(canvas.line('prod/web', 'prod/api')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');
  });
});

test.describe('when the page is reloaded', () => {
  test('the design and its layout are restored from the browser', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await expect(canvas.workload('prod/frontend')).toBeVisible();
    await page.waitForFunction(() =>
      (localStorage.getItem('netpol-canvas.design') ?? '').includes('name: frontend'),
    );
    await page.reload();
    await expect(canvas.workload('prod/frontend')).toBeVisible();
    await expect(canvas.lineLabel('prod/frontend', 'prod/api')).toHaveText('TCP 5000');
    await expect(page.getByRole('status')).toContainText('Restored your last design');
    await page.screenshot({ path: 'test-results/reload.png' });
  });
});
