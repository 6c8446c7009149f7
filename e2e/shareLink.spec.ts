import type { Browser, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';
import { waitForSaved } from './pages/savedDesign';

test.use({
  viewport: { width: 1280, height: 720 },
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** What the user sees, as data: the document (with its name) and the layout. */
async function designOf(page: Page) {
  await expect.poll(() => page.evaluate(() => window.__editor !== undefined)).toBe(true);
  return page.evaluate(() => {
    const state = window.__editor?.getState();
    return { doc: state?.doc, positions: state?.positions };
  });
}

async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A page in a new browser profile (no saved design), watched for errors. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    ...(baseURL === undefined ? {} : { baseURL }),
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

test.describe('a design shared by link', () => {
  test('opens in a fresh browser as it was drawn: objects, layout and name', async ({
    page,
    canvas,
    toolbar,
    browser,
    baseURL,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Shop, shared');
    const dev = await canvas.settledBox(canvas.namespace('dev'));
    await page.mouse.move(dev.x + 40, dev.y + 12);
    await page.mouse.down();
    await page.mouse.move(dev.x + 40, dev.y + 140, { steps: 10 });
    await page.mouse.up();
    const before = await designOf(page);
    expect(before.positions).toHaveProperty(['namespace:dev']);

    const link = await copiedLink(page);
    expect(new URL(link).hash).toMatch(/^#design=1\.[A-Za-z0-9_-]+$/);

    const other = await freshPage(browser, baseURL);
    await other.goto(link);
    await expect(other.getByRole('status')).toContainText(
      'Opened the shared design “Shop, shared” from the link.',
    );
    expect(await designOf(other)).toEqual(before);
    await expect(other).toHaveTitle('Shop, shared · netpol-canvas');
    // The address no longer holds the design: a reload shows the browser's own work.
    expect(new URL(other.url()).hash).toBe('');
    await other.screenshot({ path: 'test-results/share-link-opened.png' });
    await other.context().close();
  });

  test('opens beside the saved design: the own design is one click away', async ({
    page,
    canvas,
    toolbar,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Shared');
    const link = await copiedLink(page);

    await toolbar.nameDesign('Mine');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await waitForSaved(page, '"title":"Mine"');

    await page.goto(link);
    const notice = page.getByRole('note', { name: 'Shared design opened' });
    await expect(notice).toContainText('This is the shared design “Shared”.');
    await expect(toolbar.designName).toHaveValue('Shared');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await page.screenshot({ path: 'test-results/share-link-beside.png' });

    await notice.getByRole('button', { name: 'Back to my design' }).click();
    await expect(toolbar.designName).toHaveValue('Mine');
    await expect(canvas.workload('prod/frontend')).toBeVisible();
  });

  test('a damaged or cut-short link says so and keeps the own design', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Mine');
    const link = await copiedLink(page);
    await waitForSaved(page, '"title":"Mine"');

    await page.goto(link.slice(0, link.length - 200));
    await expect(page.getByRole('status')).toContainText(
      'The design in this link cannot be opened: it is damaged or cut short',
    );
    await expect(page.getByRole('status')).toContainText('Your own design is unchanged.');
    await expect(toolbar.designName).toHaveValue('Mine');
    await expect(canvas.workload('prod/web')).toBeVisible();
  });

  test('a design too large for a link is offered as a file instead', async ({ page, toolbar }) => {
    const doc = generateCluster({ pods: 400, policies: 120, namespaces: 8, seed: 5 });
    await page.goto('/');
    await toolbar.openYamlFile('big.yaml', serializeDocument(doc));
    await expect(page.getByRole('status')).toContainText('Imported big.yaml');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toContainText('This design is too large for a link');
    await expect(page.getByRole('status')).toContainText('Use Save design to share it as a file.');
  });
});
