/**
 * The page runs under its Content-Security-Policy (written into the built
 * index.html): a tour of every screen meets no violation, so nothing the app
 * needs is blocked, and nothing inline sneaks back in.
 */
import { expect, test } from './fixtures';

test.describe('under the Content-Security-Policy', () => {
  test('a tour of every screen meets no violation', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
      });
    });
    const violations = () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await page.goto('/?fixture=three-tier');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");

    const panels = page.getByRole('tablist', { name: 'Panels' });
    for (const name of ['Policies', 'YAML', 'Walk', /^Findings/, 'Traffic table', 'Inspector']) {
      const tab = panels.getByRole('tab', { name });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
    }
    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect(page.getByRole('textbox', { name: 'YAML of the design' })).toBeVisible();

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(page.getByRole('tab', { name: 'Matrix' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.getByRole('tab', { name: 'Canvas' }).click();

    await page.getByRole('button', { name: 'Help' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto('/?lesson=three-tiers&step=2');
    await expect(page.getByRole('region', { name: /^Lesson: / })).toBeVisible();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^Step 3 of \d+$/)).toBeVisible();

    expect(await violations()).toEqual([]);
  });
});
