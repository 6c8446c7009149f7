import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function docOf(page: Page) {
  return page.evaluate(() => JSON.stringify(window.__editor?.getState().doc));
}

test.describe('export and import', () => {
  test('a saved design, opened again after New, gives the same canvas', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier&e2e');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const before = await docOf(page);
    const file = await toolbar.downloadDesign();
    expect(file.name).toBe('netpol-design.yaml');
    expect(file.text).toContain('kind: NetworkPolicy');

    await toolbar.newDesign.click();
    await expect(canvas.gettingStarted).toBeVisible();
    await toolbar.openYamlFile(file.name, file.text);
    await expect(canvas.workload('prod/web')).toBeVisible();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    expect(await docOf(page)).toBe(before);
    await expect(page.getByRole('status')).toContainText('Imported netpol-design.yaml');
    await page.screenshot({ path: 'test-results/import.png' });
  });

  test('a file dropped on the page is imported', async ({ page, canvas }) => {
    await page.goto('/');
    const yaml = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web, namespace: shop, labels: {app: web}}',
      'spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}',
    ].join('\n');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'shop.yaml', { type: 'text/yaml' }));
      return dt;
    }, yaml);
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(canvas.workload('shop/web')).toBeVisible();
  });

  test('a file with an error is refused and says where', async ({ page, toolbar, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile(
      'bad.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: Bad_Name}\n',
    );
    await expect(page.getByRole('status')).toContainText('Nothing imported. bad.yaml line 3');
    await expect(canvas.workload('prod/web')).toBeVisible();
  });

  test('YAML pasted in the dialog is imported', async ({ page, toolbar, canvas }) => {
    await page.goto('/');
    await toolbar.pasteYaml.click();
    const dialog = page.getByRole('dialog', { name: 'Paste YAML' });
    await dialog
      .getByRole('textbox')
      .fill('apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: a}}\n');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(dialog).toBeHidden();
    await expect(canvas.namespace('shop')).toContainText('team=a');
  });
});
