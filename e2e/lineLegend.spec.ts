/**
 * The lines' legend: closed by default, opened from the canvas, saying what each look of a line
 * means; kept open across a reload in this browser.
 */
import { expect, test } from './fixtures';

test('the Legend button opens what each look of a line means, and a reload keeps it', async ({
  page,
  canvas,
}) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  const legend = page.getByRole('button', { name: 'Legend' });
  const list = page.getByRole('definition');
  await expect(legend).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('partly blocked: some ports or pods get through')).toHaveCount(0);
  await legend.click();
  await expect(legend).toHaveAttribute('aria-expanded', 'true');
  await expect(list.filter({ hasText: /^allowed/ })).toBeVisible();
  await expect(list.filter({ hasText: /^blocked/ })).toBeVisible();
  await expect(list.filter({ hasText: /^partly blocked/ })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: '◐ all ports' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});
