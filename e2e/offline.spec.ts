/**
 * Workshop Wi-Fi: a panel whose code cannot be fetched fails on its own, with
 * a retry, and after the first visit the whole app opens with no network.
 */
import { expect, test } from './fixtures';

/** Takes the problems a test caused on purpose out of the page's list; returns them. */
function expected(problems: string[], pattern: RegExp): string[] {
  const mine = problems.filter((p) => pattern.test(p));
  const rest = problems.filter((p) => !pattern.test(p));
  problems.splice(0, problems.length, ...rest);
  return mine;
}

test.describe('when a panel’s code cannot be fetched', () => {
  test('that panel says so and retries; the design and the other panels stay', async ({
    page,
    canvas,
    problems,
  }) => {
    await page.route('**/assets/YamlPanel-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/?fixture=three-tier');
    await expect(canvas.namespace('prod')).toBeVisible();

    await page.getByRole('tab', { name: 'YAML' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'The YAML editor could not load' });
    await expect(failure).toBeVisible();
    await expect(failure).toContainText('Your design is kept');
    await page.screenshot({ path: 'test-results/offline-panel-failed.png' });

    await page.getByRole('tab', { name: 'Policies' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Policies' })).toContainText('db-policy');
    await expect(canvas.namespace('prod')).toBeVisible();

    await page.unroute('**/assets/YamlPanel-*.js');
    await page.getByRole('tab', { name: 'YAML' }).click();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('textbox', { name: 'YAML of the design' })).toBeVisible();
    await expect(canvas.namespace('prod')).toBeVisible();

    expect(
      expected(
        problems,
        /YamlPanel|dynamically imported module|ERR_INTERNET_DISCONNECTED|the YAML editor failed/,
      ),
    ).not.toEqual([]);
  });
});

test.describe('after the first visit', () => {
  test('the app opens and every panel loads with no network', async ({ page, context, canvas }) => {
    await page.goto('/?sw&fixture=three-tier');
    await expect(canvas.namespace('prod')).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByRole('status')).toContainText('works without a network');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'netpol-canvas' })).toBeVisible();
    await page.getByRole('button', { name: 'Three-tier example', exact: true }).click();
    await expect(canvas.namespace('prod')).toBeVisible();
    await page.getByRole('tab', { name: 'YAML' }).click();
    await expect(page.getByRole('textbox', { name: 'YAML of the design' })).toBeVisible();
    await page.screenshot({ path: 'test-results/offline-reloaded.png' });
    await context.setOffline(false);
  });
});
