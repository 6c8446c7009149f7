import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Picks the options by their labels and saves; the file the browser downloads. */
async function savePicture(page: Page, options: readonly string[]): Promise<Download> {
  await page.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the diagram as a picture' });
  for (const option of options) await dialog.getByLabel(option).check();
  await page.screenshot({ path: 'test-results/picture-dialog.png' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save picture' }).click();
  await expect(dialog).toBeHidden();
  return download;
}

/** The PNG's size in pixels, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.beforeEach(async ({ page, toolbar }) => {
  await page.goto('/?fixture=three-tier');
  await toolbar.designName.fill('Shop in prod');
  await toolbar.designName.press('Enter');
});

test('the whole design as SVG parses and holds every node’s name, the name and the legend', async ({
  page,
}) => {
  const names = await page.evaluate(() => {
    const doc = window.__editor?.getState().doc;
    return [
      ...(doc?.namespaces.map((n) => n.name) ?? []),
      ...(doc?.workloads.map((w) => w.name) ?? []),
      ...(doc?.externals.map((e) => e.name) ?? []),
    ];
  });
  expect(names.length).toBeGreaterThan(5);
  const download = await savePicture(page, ['SVG (documents; sharp at any size)']);
  expect(download.suggestedFilename()).toBe('shop-in-prod.svg');
  await download.saveAs('test-results/picture-design.svg');
  const svg = (await bytesOf(download)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const name of [...names, 'Shop in prod', 'allowed', 'blocked', 'isolated']) {
    expect(parsed.text).toContain(name);
  }
});

test('a PNG for slides is drawn at 2×, the whole design or what the canvas shows', async ({
  page,
}) => {
  const whole = await savePicture(page, ['PNG (slides, chat)', '2× (for slides)']);
  expect(whole.suggestedFilename()).toBe('shop-in-prod.png');
  const png = await bytesOf(whole);
  await whole.saveAs('test-results/picture-design-2x.png');
  const size = pngSize(png);
  expect(size.width).toBeGreaterThan(1000);

  const view = await savePicture(page, [
    'What the canvas shows now',
    'Transparent',
    '1× (as on screen)',
  ]);
  expect(view.suggestedFilename()).toBe('shop-in-prod-view.png');
  await view.saveAs('test-results/picture-view-transparent.png');
  const pane = await page.locator('.react-flow').boundingBox();
  const viewSize = pngSize(await bytesOf(view));
  expect(viewSize.width).toBe(Math.max(Math.ceil(pane?.width ?? 0), 660));
});

test('the matrix saves as CSV, one line per pair and port', async ({ page }) => {
  await page.getByRole('tab', { name: 'Matrix' }).click();
  await page.screenshot({ path: 'test-results/matrix-save-csv.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('shop-in-prod-reachability.csv');
  const lines = (await bytesOf(file)).toString('utf8').trimEnd().split('\n');
  expect(lines[0]).toBe('from,to,port,protocol,allowed');
  expect(lines).toContain('prod/api,prod/db,3306,TCP,true');
});

test('a picture saved while the page is dark is light throughout, as on a white slide', async ({
  page,
  canvas,
}) => {
  const card = canvas.workload('prod/web');
  const background = () => card.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
  const dark = await background();
  expect(dark).not.toBe(light);

  const download = await savePicture(page, ['SVG (documents; sharp at any size)']);
  const svg = (await bytesOf(download)).toString('utf8');
  const drawn = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const el = doc.querySelector<HTMLElement>('[data-testid="node.workload.prod/web"]');
    return el?.style.backgroundColor ?? null;
  }, svg);
  expect(drawn).toBe(light);
  // Nothing of the dark theme got into the picture, and the page stayed dark.
  expect(svg).not.toContain(dark);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(dark);

  const png = await savePicture(page, ['PNG (slides, chat)', '2× (for slides)']);
  await png.saveAs('test-results/picture-from-dark-2x.png');
});
