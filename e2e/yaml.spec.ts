import { expect, test } from './fixtures';

test.describe('when the YAML of the design is edited', () => {
  test.beforeEach(async ({ page, yamlPanel }) => {
    await page.goto('/?fixture=three-tier');
    await yamlPanel.open();
  });

  test('a mistake is marked at its line and the canvas keeps the last valid design', async ({
    page,
    canvas,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('kind: Namespace', 'kind: Namespcae');
    await expect(yamlPanel.problems).toContainText('Line 2:');
    await expect(yamlPanel.apply).toBeDisabled();
    await expect(page.getByText('the canvas keeps the last valid design')).toBeVisible();
    await expect(canvas.namespace('prod')).toBeVisible();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await page.screenshot({ path: 'test-results/yaml-error.png' });

    await yamlPanel.discard.click();
    await expect(yamlPanel.problems).toBeHidden();
  });

  test('a valid edit is applied: relabelling prod cuts the database off', async ({
    page,
    canvas,
    yamlPanel,
  }) => {
    await yamlPanel.replaceLine('    name: prod', '    name: production');
    await expect(yamlPanel.apply).toBeEnabled();
    await yamlPanel.apply.click();
    await expect(canvas.namespace('prod')).toContainText('name=production');
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('⊘ TCP 3306');
    await page.screenshot({ path: 'test-results/yaml-applied.png' });
  });
});
