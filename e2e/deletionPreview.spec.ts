import { expect, test } from './fixtures';

test.describe('before deleting a policy', () => {
  test('the preview tells what the deletion would allow and block, and it does', async ({
    page,
    canvas,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await policyPanel.open();
    await policyPanel.item('db-policy').click();
    await policyPanel.panel.getByRole('button', { name: 'Preview deletion' }).click();
    const preview = policyPanel.panel.getByRole('status');
    await expect(preview).toHaveText(
      /^Deleting this policy would (allow|block) \d+ connections? and (allow|block) (none|\d+ connections?)\.$/,
    );
    await page.screenshot({ path: 'test-results/deletion-preview.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/deletion-preview-1920.png' });
    const text = (await preview.textContent()) ?? '';
    const count = (verb: string) => Number(new RegExp(`${verb} (\\d+)`).exec(text)?.[1] ?? 0);

    await policyPanel.panel.getByRole('button', { name: 'Delete', exact: true }).click();
    // The status line then lists what the deletion did: as many as previewed.
    const status = page.getByRole('status').filter({ hasText: 'Deleted policy prod/db-policy.' });
    await expect(status).toBeVisible();
    const said = (await status.textContent()) ?? '';
    const listed = (label: string) => {
      const part = new RegExp(`${label}: ([^.]*)\\.`).exec(said)?.[1];
      return part === undefined ? 0 : part.split(', ').length;
    };
    expect(listed('Now allowed')).toBeLessThanOrEqual(count('allow'));
    expect(listed('Now blocked')).toBeLessThanOrEqual(count('block'));
    expect(count('allow') + count('block')).toBeGreaterThan(0);
  });
});
