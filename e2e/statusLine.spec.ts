import { expect, test } from './fixtures';

test.describe('the status line', () => {
  test('describes the latest edit, a deletion included, never the one before', async ({
    page,
    canvas,
    policyPanel: policies,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const status = page.getByRole('status');

    await canvas.connect('prod/web', 'prod/db');
    await page.getByRole('button', { name: 'Allow', exact: true }).click();
    await expect(status).toContainText('Allowed prod/web → prod/db.');
    await expect(status).toContainText('Now allowed: prod/web → prod/db TCP 3306.');

    await policies.open();
    await policies.item('db-policy').click();
    await policies.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(status).toContainText('Deleted policy prod/db-policy.');
    await expect(status).toContainText('dev/api → prod/db TCP 3306');
    await expect(status).not.toContainText('Allowed prod/web → prod/db');
    await page.screenshot({ path: 'test-results/status-after-delete.png' });

    await page.keyboard.press('Control+z');
    await expect(status).not.toContainText('Deleted policy prod/db-policy');
  });
});
