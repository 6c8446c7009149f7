import { expect, test } from './fixtures';

test.describe('when a flow is drawn from a namespace box', () => {
  test('every pod of that namespace may reach the workload, and no other', async ({
    page,
    canvas,
    matrix,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.namespace('dev')).toBeVisible();
    await canvas.connect('namespace dev', 'prod/api');
    const dialog = page.getByRole('dialog', { name: 'Allow namespace dev → prod/api' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Allow', exact: true }).click();
    await expect(page.getByTestId('edge-label.namespace:dev>workload:prod/api')).toHaveText(
      'TCP 5000',
    );
    await page.screenshot({ path: 'test-results/namespace-flow.png' });

    await matrix.open();
    await expect(matrix.cell('dev/api', 'prod/api')).toHaveText('✓');
    await expect(matrix.cell('test/api', 'prod/api')).toHaveText('✕');
  });
});
