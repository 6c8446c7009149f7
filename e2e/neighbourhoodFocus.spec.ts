/**
 * Focus on a workload's neighbourhood: its lines in and out and the nodes at
 * their other ends stay as they are, the rest is dimmed; Escape, the same
 * button or F again leaves.
 */
import { expect, test } from './fixtures';

test.describe('when the canvas focuses on prod/api in the three-tier example', () => {
  test.beforeEach(async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.root).toBeVisible();
  });

  test('its neighbours stay, the rest dims, and Escape leaves', async ({ canvas, inspector }) => {
    await canvas.workload('prod/api').click();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'false');
    await inspector.focusButton.click();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.focusStatus).toHaveText(
      'Focused on prod/api: 1 inbound, 1 outbound — Esc to leave',
    );
    for (const near of ['prod/api', 'prod/web', 'prod/db']) {
      expect(await canvas.opacity(canvas.workload(near)), near).toBe(1);
    }
    expect(await canvas.opacity(canvas.line('prod/web', 'prod/api'))).toBe(1);
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBeLessThan(0.5);
    expect(await canvas.opacity(canvas.external('backup-server'))).toBeLessThan(0.5);

    await canvas.page.keyboard.press('Escape');
    await expect(canvas.focusStatus).toBeHidden();
    await expect(inspector.focusButton).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => canvas.opacity(canvas.workload('dev/api'))).toBe(1);
  });

  test('F focuses on the selected workload, and F again leaves', async ({ page, canvas }) => {
    await canvas.workload('prod/web').click();
    await page.keyboard.press('f');
    await expect(canvas.focusStatus).toContainText('Focused on prod/web');
    await expect.poll(() => canvas.opacity(canvas.workload('prod/db'))).toBeLessThan(0.5);
    await page.keyboard.press('f');
    await expect(canvas.focusStatus).toBeHidden();
    await expect.poll(() => canvas.opacity(canvas.workload('prod/db'))).toBe(1);
  });
});
