import type { Browser, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { lessonFileSerialize } from '../src/workshop/lessons/lessonFileWrite';
import { expect, test } from './fixtures';
import { Lesson } from './pages/Lesson';
import { savedEntries, waitForSaved } from './pages/savedDesign';

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

  test('a design of 30 workloads, laid out, opens in a fresh browser as it was', async ({
    page,
    toolbar,
    browser,
    baseURL,
  }) => {
    const doc = generateCluster({ pods: 30, policies: 10, namespaces: 3, seed: 3 });
    await page.goto('/');
    await toolbar.openYamlFile('thirty.yaml', serializeDocument(doc));
    await expect(page.getByRole('status')).toContainText('Imported thirty.yaml');
    await toolbar.nameDesign('Thirty workloads');
    // Every card placed by the layout before the link is made.
    await expect
      .poll(async () => Object.keys((await designOf(page)).positions ?? {}).length, {
        timeout: 30_000,
      })
      .toBeGreaterThanOrEqual(doc.workloads.length + doc.namespaces.length);
    const before = await designOf(page);
    const link = await copiedLink(page);
    expect(await designOf(page)).toEqual(before);
    expect(link.length).toBeLessThan(8000);

    const other = await freshPage(browser, baseURL);
    await other.goto(link);
    await expect(other.getByRole('status')).toContainText(
      'Opened the shared design “Thirty workloads” from the link.',
    );
    expect(await designOf(other)).toEqual(before);
    const first = doc.workloads[0];
    await expect(
      other.getByTestId(`node.workload.${first?.namespace}/${first?.name}`),
    ).toBeVisible();
    await other.screenshot({ path: 'test-results/share-link-thirty.png' });
    // The browser had no design of its own: the shared one is its design now, kept for a reload.
    await waitForSaved(other, '"title":"Thirty workloads"');
    await other.reload();
    await expect(other.getByRole('status')).toContainText('Restored your last design');
    expect(await designOf(other)).toEqual(before);
    await other.context().close();
  });

  test('a trainer’s own lesson travels with the link, at its step', async ({
    page,
    toolbar,
    lesson,
    browser,
    baseURL,
  }) => {
    // A lesson of the trainer's own: three steps, each a design of its own.
    const step = (title: string, policies: number) => ({
      title,
      text: `${title}: what the policies allow.`,
      doc: generateCluster({ pods: 6, policies, namespaces: 2, seed: 4 }),
      focus: {},
    });
    const own = {
      id: 'my-tiers',
      title: 'My tiers',
      summary: 'Written by the trainer',
      steps: [step('Nothing isolated', 0), step('Two policies', 2), step('Four policies', 4)],
    };
    await page.goto('/?fixture=three-tier');
    await toolbar.nameDesign('Under the lesson');
    const under = await designOf(page);
    await lesson.lessonsButton.click();
    await page.getByLabel('Lesson file to open').setInputFiles({
      name: 'my-tiers.lesson.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(lessonFileSerialize(own)),
    });
    await expect(lesson.bar).toHaveAccessibleName('Lesson: My tiers');
    await lesson.next.click();
    await expect(lesson.where).toHaveText('Step 2 of 3');
    const shown = await designOf(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toContainText('the whole design and your lesson');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe('?lesson=my-tiers&step=2');
    expect(new URL(link).hash).toMatch(/^#design=1\.[\w-]+&lesson=1\.[\w-]+$/);

    const other = await freshPage(browser, baseURL);
    await other.goto(link);
    // The design opens, then the lesson over it, as the address says.
    await expect(other.getByRole('status')).toContainText('Lesson “My tiers”.');
    const there = new Lesson(other);
    await expect(there.bar).toHaveAccessibleName('Lesson: My tiers');
    await expect(there.where).toHaveText('Step 2 of 3');
    expect((await designOf(other)).doc).toEqual(shown.doc);
    await other.screenshot({ path: 'test-results/share-link-lesson.png' });
    // The lesson is kept in that browser too: a reload shows the same step.
    await waitForSaved(other, '"title":"Under the lesson"');
    await expect
      .poll(async () => Object.keys(await savedEntries(other)))
      .toContain('netpol-canvas.lesson-open');
    await other.reload();
    await expect(there.where).toHaveText('Step 2 of 3');
    // Leaving the lesson shows the design that was under it.
    await there.exit.click();
    await expect(there.bar).toBeHidden();
    expect((await designOf(other)).doc).toEqual(under.doc);
    await other.context().close();
  });

  test('the 200-workload design is too large for a link and is offered as a file', async ({
    page,
    toolbar,
  }) => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
    await page.goto('/');
    await toolbar.openYamlFile('big.yaml', serializeDocument(doc));
    await expect(page.getByRole('status')).toContainText('Imported big.yaml');
    await page.evaluate(() => navigator.clipboard.writeText('what was copied before'));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toContainText('This design is too large for a link');
    await expect(page.getByRole('status')).toContainText('Use Save design to share it as a file.');
    await page.screenshot({ path: 'test-results/share-link-too-large.png' });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'what was copied before',
    );
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save design' }).click();
    expect((await saved).suggestedFilename()).toMatch(/\.yaml$/);
  });
});
