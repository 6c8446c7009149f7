import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializePolicies } from '../src/io';
import { expect, test } from './fixtures';

const DNS_FIX = 'Add allow-dns-egress to namespace prod';

test.describe('when the three-tier example has findings', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?fixture=three-tier');
  });

  test('lists them, shows one on the canvas, fixes it in one click and undo brings it back', async ({
    page,
    canvas,
  }) => {
    await expect(canvas.workload('prod/web')).toBeVisible();
    const tab = page.getByRole('tab', { name: /^Findings \(\d+\)$/ });
    await expect(tab).toHaveAccessibleName('Findings (2)');
    await expect(
      canvas.workload('prod/api').locator('..').getByRole('button', { name: '1 finding' }),
    ).toBeVisible();
    await canvas
      .workload('prod/web')
      .locator('..')
      .getByRole('button', { name: '2 findings' })
      .click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('region', { name: 'Findings' });
    const dns = panel.getByRole('listitem').filter({ hasText: 'cannot resolve names' });
    await dns.getByRole('button', { name: 'Show' }).click();
    await expect(dns.getByRole('button', { name: 'Show' })).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: 'test-results/findings-shown.png' });

    await dns.getByRole('button', { name: DNS_FIX }).click();
    await expect(tab).toHaveAccessibleName('Findings (1)');
    await expect(panel).not.toContainText('cannot resolve names');
    await expect(
      canvas
        .workload('prod/api')
        .locator('..')
        .getByRole('button', { name: /finding/ }),
    ).toHaveCount(0);
    await page.screenshot({ path: 'test-results/findings-fixed.png' });

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(tab).toHaveAccessibleName('Findings (2)');
    await expect(panel).toContainText('cannot resolve names');
  });
});

test.describe('when a folder of 300 policies has over a hundred findings', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the side panel keeps its six tabs on one row at 1440px', async ({ page, toolbar }) => {
    test.setTimeout(90_000);
    const doc = generateCluster({ pods: 1000, namespaces: 20, policies: 300, seed: 11 });
    await page.goto('/');
    await toolbar.openYamlFile('policies.yaml', serializePolicies(doc));
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible({
      timeout: 60_000,
    });
    const findings = page.getByRole('tab', { name: /^Findings \(\d{3}\)$/ });
    await expect(findings).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Panels' }).getByRole('tab');
    await expect(tabs).toHaveCount(6);
    const tops = await tabs.evaluateAll((all) => all.map((t) => t.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: 'test-results/findings-tabs-1440.png' });
  });
});
