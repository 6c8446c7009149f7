import { expect, test } from '@playwright/test';

test.describe('when the app opens', () => {
  test('shows the title and the canvas area without console errors or outside requests', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:')
        problems.push(`request to ${req.url()}`);
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'netpol-canvas' })).toBeVisible();
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await page.screenshot({ path: 'test-results/smoke.png' });
    expect(problems).toEqual([]);
  });
});
