import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The document and the layout, as the store holds them. */
async function designOf(page: Page) {
  return page.evaluate(() => {
    const state = window.__editor?.getState();
    return { doc: JSON.stringify(state?.doc), positions: JSON.stringify(state?.positions) };
  });
}

test.describe('export and import', () => {
  test('a saved design, opened in a fresh browser, gives the same canvas and layout', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Three tiers, by hand');
    const dev = await canvas.settledBox(canvas.namespace('dev'));
    await page.mouse.move(dev.x + 40, dev.y + 12);
    await page.mouse.down();
    await page.mouse.move(dev.x + 40, dev.y + 140, { steps: 10 });
    await page.mouse.up();
    const before = await designOf(page);
    expect(JSON.parse(before.positions)).toHaveProperty(['namespace:dev']);
    const file = await toolbar.downloadDesign();
    expect(file.name).toBe('three-tiers-by-hand.yaml');
    expect(file.text).toContain('netpol-canvas.dev/position');

    await toolbar.newDesign.click();
    await expect(canvas.gettingStarted).toBeVisible();
    await page.evaluate(() => {
      localStorage.clear();
    });
    await page.goto('/');
    await toolbar.openYamlFile(file.name, file.text);
    await expect(canvas.workload('prod/web')).toBeVisible();
    // Once the automatic layout has answered: every node was saved where it was drawn, so none
    // is laid out again (web, api and db in one row, the api → db label gone).
    await canvas.laidOut();
    await expect(canvas.lineLabel('prod/api', 'prod/db')).toHaveText('TCP 3306');
    const after = await designOf(page);
    expect(after.doc).toEqual(before.doc);
    // The drag kept every card where it was drawn, Anywhere too; Anywhere stands for no object
    // of the file, so the file has no place for it (it is drawn in its column again, below).
    const { 'any:*': anywherePlace, ...kept } = JSON.parse(before.positions) as Record<
      string,
      unknown
    >;
    expect(anywherePlace).toBeDefined();
    const opened = JSON.parse(after.positions) as Record<string, unknown>;
    expect(opened).toMatchObject(kept);
    expect(Object.keys(opened)).toEqual(expect.arrayContaining(['workload:prod/db']));
    // Anywhere keeps its column left of the design, off the prod box.
    const anywhere = await canvas.settledBox(page.getByTestId('node.any:*'));
    const prod = await canvas.settledBox(canvas.namespace('prod'));
    expect(anywhere.x + anywhere.width).toBeLessThan(prod.x);
    await expect(page.getByRole('status')).toContainText('Imported three-tiers-by-hand.yaml');
    await expect(toolbar.designName).toHaveValue('Three tiers, by hand');
    await page.screenshot({ path: 'test-results/import.png' });
  });

  test('a file dropped on the page is imported', async ({ page, canvas }) => {
    await page.goto('/');
    // The page has drawn its empty canvas (and listens for drops) before the file comes.
    await expect(canvas.gettingStarted).toBeVisible();
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
