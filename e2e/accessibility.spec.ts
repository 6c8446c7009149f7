import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Controls in the accessibility tree without a name (`- button` with no quoted name). */
async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot
    .split('\n')
    .filter((line) =>
      /^\s*- (button|textbox|combobox|checkbox|tab|link|slider)\b(?! ")/.test(line),
    );
}

test.describe('every control has an accessible name', () => {
  test('on the example, with a workload selected, and in the YAML panel', async ({
    page,
    canvas,
    yamlPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    expect(await unnamedControls(page)).toEqual([]);
    await canvas.workload('prod/web').click();
    expect(await unnamedControls(page)).toEqual([]);
    await canvas.namespace('prod').click({ position: { x: 20, y: 10 } });
    expect(await unnamedControls(page)).toEqual([]);
    await yamlPanel.open();
    await expect(yamlPanel.editor).toBeVisible();
    expect(await unnamedControls(page)).toEqual([]);
  });

  test('in the Policies tab, with a policy open in its form and a new one started', async ({
    page,
    policyPanel,
  }) => {
    await page.goto('/?fixture=three-tier');
    const form = await policyPanel.pick('db-policy');
    await expect(form).toBeVisible();
    expect(await unnamedControls(page)).toEqual([]);
    await policyPanel.newPolicy.click();
    await expect(page.getByRole('form', { name: 'New policy' })).toBeVisible();
    expect(await unnamedControls(page)).toEqual([]);
  });

  test('on the empty canvas and in the help dialog', async ({ page }) => {
    await page.goto('/');
    // The page's keys are listened for once the app has rendered: a key pressed before (a
    // fresh-clone run at its busiest) opened nothing.
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toContainText('Ctrl+Shift+Z or Ctrl+Y');
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/help.png' });
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
  });
});
