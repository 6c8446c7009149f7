import { expect, test } from './fixtures';

test.describe('when the app opens', () => {
  test('shows the title and the canvas area without console errors or outside requests', async ({
    page,
    problems,
  }) => {
    // Stricter than every other test: a console warning on opening counts as a problem too.
    page.on('console', (msg) => {
      if (msg.type() === 'warning') problems.push(msg.text());
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'netpol-canvas' })).toBeVisible();
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await page.screenshot({ path: 'test-results/smoke.png' });
    expect(problems).toEqual([]);
  });
});
