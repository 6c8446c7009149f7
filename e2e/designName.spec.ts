import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { waitForSaved } from './pages/savedDesign';

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('naming the design', () => {
  test('the name shows in the tab, names the files, undoes and survives a reload', async ({
    page,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await expect(toolbar.designName).toHaveValue('');
    await expect(toolbar.designName).toHaveAttribute('placeholder', 'Untitled design');
    await expect(page).toHaveTitle('netpol-canvas');

    await toolbar.nameDesign('  Shop, production ');
    await expect(toolbar.designName).toHaveValue('Shop, production');
    await expect(page).toHaveTitle('Shop, production · netpol-canvas');
    await page.screenshot({ path: 'test-results/design-name-1280.png' });
    expect(await toolbar.downloadName(toolbar.saveDesign)).toBe('shop-production.yaml');
    expect(await toolbar.downloadName(toolbar.exportYaml)).toBe(
      'shop-production-networkpolicies.yaml',
    );

    await toolbar.undo.click();
    await expect(toolbar.designName).toHaveValue('');
    // Saved as "Shop, production": the design on show is no longer the file's.
    await expect(page).toHaveTitle('● netpol-canvas');
    await toolbar.redo.click();
    await expect(toolbar.designName).toHaveValue('Shop, production');
    await expect(page).toHaveTitle('Shop, production · netpol-canvas');

    await waitForSaved(page, '"title":"Shop, production"');
    await page.reload();
    await expect(toolbar.designName).toHaveValue('Shop, production');
    await expect(page).toHaveTitle('Shop, production · netpol-canvas');
  });

  test('a long name is cut short, and the toolbar stays on one row', async ({ page, toolbar }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('nca-online-boutique-live-cluster-list');
    const open = await toolbar.openFile.boundingBox();
    const help = await toolbar.help.boundingBox();
    if (open === null || help === null) throw new Error('no toolbar');
    expect(Math.round(help.y)).toBe(Math.round(open.y));
    await page.screenshot({ path: 'test-results/design-name-long-1280.png' });
  });

  // At 1920 px, opening nca-online-boutique-live-cluster-list.yaml read "nca-online-boutique-l…"
  // with 450 px to spare between Lessons… and Help.
  for (const { width, height, name } of [
    { width: 1440, height: 900, name: 'shop-production-eu' },
    { width: 1920, height: 1080, name: 'nca-online-boutique-live-cluster-list' },
  ]) {
    test(`at ${String(width)} px the file name ${name} reads whole, the toolbar on one row`, async ({
      page,
      toolbar,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?fixture=three-tier');
      await toolbar.nameDesign(name);
      const cut = () => toolbar.designName.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(await cut()).toBe(false);
      const open = await toolbar.openFile.boundingBox();
      const help = await toolbar.help.boundingBox();
      if (open === null || help === null) throw new Error('no toolbar');
      expect(Math.round(help.y)).toBe(Math.round(open.y));
      await page.screenshot({ path: `test-results/design-name-long-${String(width)}.png` });
    });
  }

  test('a window narrower than 1280 px shows as much of the name as 1280 px does', async ({
    page,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('shop-production-eu');
    const width = async () => (await toolbar.designName.boundingBox())?.width ?? 0;
    const at1280 = await width();
    // A small laptop's window, or one beside a browser's side bar: the toolbar wraps there.
    for (const narrow of [1180, 1024]) {
      await page.setViewportSize({ width: narrow, height: 720 });
      expect(await width(), `at ${String(narrow)} px`).toBeCloseTo(at1280, 0);
    }
  });

  test('Escape gives back the name as it was', async ({ page, toolbar }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Shop');
    await toolbar.designName.fill('Shop, typo');
    await toolbar.designName.press('Escape');
    await expect(toolbar.designName).toHaveValue('Shop');
    await toolbar.designName.blur();
    await expect(page).toHaveTitle('Shop · netpol-canvas');
  });
});

test.describe('a design opened from a file', () => {
  test('the tab names it, marked once it is changed, unmarked once saved', async ({
    page,
    toolbar,
  }) => {
    await page.goto('/');
    await toolbar.openDesign(
      'shop.yaml',
      generateCluster({ pods: 6, policies: 3, namespaces: 2, seed: 4 }),
    );
    await expect(toolbar.designName).toHaveValue('shop');
    await expect(page).toHaveTitle('shop · netpol-canvas');
    await toolbar.nameDesign('Shop');
    await expect(page).toHaveTitle('● Shop · netpol-canvas');
    await toolbar.undo.click();
    await expect(page).toHaveTitle('shop · netpol-canvas');
    await toolbar.redo.click();
    await expect(page).toHaveTitle('● Shop · netpol-canvas');
    expect((await toolbar.downloadDesign()).name).toBe('shop.yaml');
    await expect(page).toHaveTitle('Shop · netpol-canvas');
  });
});

test.describe('during a lesson', () => {
  test("the header and the tab name the lesson, and the user's design's name is back after it", async ({
    page,
    toolbar,
    lesson,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Shop');
    await lesson.lessonsButton.click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Outside the cluster/ })
      .click();
    await expect(lesson.where).toHaveText('Step 1 of 7');
    await expect(toolbar.designName).toHaveValue('Outside the cluster');
    await expect(toolbar.designName).not.toBeEditable();
    // The tab names the lesson too: the user's design is not what the tab shows.
    await expect(page).toHaveTitle('Lesson: Outside the cluster · netpol-canvas');
    await page.screenshot({ path: 'test-results/design-name-lesson-1280.png' });
    await lesson.exit.click();
    await expect(toolbar.designName).toHaveValue('Shop');
    await expect(toolbar.designName).toBeEditable();
    await expect(page).toHaveTitle('Shop · netpol-canvas');
  });
});
