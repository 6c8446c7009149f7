import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import type { SecondTab } from './fixtures';
import type { Canvas } from './pages/Canvas';
import type { Inspector } from './pages/Inspector';
import { AUTOSAVE_KEY, savedEntries, waitForSaved, writeSavedEntry } from './pages/savedDesign';

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('when the browser will not keep the design', () => {
  test('the page says so and offers Save design to a file', async ({ page, canvas, inspector }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    const notice = page.getByRole('alert', { name: 'Design not saved' });
    await expect(notice).toContainText('the browser’s storage for this site is full');
    await page.screenshot({ path: 'test-results/autosave-failed.png' });
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Save design' }).click();
    expect((await download).suggestedFilename()).toBe('netpol-design.yaml');
  });
});

test.describe('when the saved design cannot be read', () => {
  test('it is kept aside, the user is told and can download it', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/');
    await writeSavedEntry(page, AUTOSAVE_KEY, '{"version":2,"yaml":"kind: Nope');
    await page.reload();
    const notice = page.getByRole('alert', { name: 'Saved design unreadable' });
    await expect(notice).toContainText('it is not valid JSON');
    await expect(notice).toContainText('kept aside, not deleted');
    await page.screenshot({ path: 'test-results/autosave-unreadable.png' });
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download it' }).click();
    expect((await download).suggestedFilename()).toBe('netpol-design-unreadable.txt');

    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await waitForSaved(page, 'name: frontend');
    const kept = Object.entries(await savedEntries(page)).filter(([k]) => k !== AUTOSAVE_KEY);
    expect(kept.map(([, v]) => v)).toEqual(['{"version":2,"yaml":"kind: Nope']);
  });

  test('a newer version’s entry is kept too', async ({ page, canvas }) => {
    await page.goto('/');
    await writeSavedEntry(page, AUTOSAVE_KEY, JSON.stringify({ version: 99, yaml: '' }));
    await page.reload();
    await expect(page.getByRole('alert', { name: 'Saved design unreadable' })).toContainText(
      'newer netpol-canvas (format 99',
    );
    await expect(canvas.gettingStarted).toBeVisible();
  });
});

test.describe('an edit followed at once by a reload', () => {
  test('comes back after the reload', async ({ page, canvas, inspector }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await waitForSaved(page, 'name: frontend');
    await canvas.workload('prod/api').click();
    await inspector.rename('backend');
    await page.reload();
    await expect(canvas.workload('prod/backend')).toBeVisible();
    await expect(canvas.workload('prod/frontend')).toBeVisible();
  });
});

test.describe('a design saved by the previous version in localStorage', () => {
  test('is restored and moved to IndexedDB', async ({ page, canvas }) => {
    await page.goto('/');
    const yaml = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: legacy}\n';
    await page.evaluate(
      ([key, text]) => {
        localStorage.setItem(key, JSON.stringify({ version: 1, yaml: text, positions: {} }));
      },
      [AUTOSAVE_KEY, yaml] as const,
    );
    await page.reload();
    await expect(canvas.namespace('legacy')).toBeVisible();
    expect((await savedEntries(page))[AUTOSAVE_KEY]).toContain('name: legacy');
    // The old copy goes once the new one is written: a moment after, on a busy machine.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY))
      .toBeNull();
  });
});

/** A first tab with a saved design (web renamed frontend) and a second tab that restored it. */
async function twoTabs(
  page: Page,
  canvas: Canvas,
  inspector: Inspector,
  second: SecondTab,
): Promise<Page> {
  await page.goto('/?fixture=three-tier');
  await canvas.workload('prod/web').click();
  await inspector.rename('frontend');
  await waitForSaved(page, 'name: frontend');
  const other = second.page;
  await other.goto('/');
  await expect(other.getByRole('status')).toContainText('Restored your last design');
  await canvas.workload('prod/api').click();
  await inspector.rename('backend');
  await waitForSaved(page, 'name: backend');
  return other;
}

test.describe('two tabs on the same design', () => {
  test('the second is told of the first one’s save and chooses', async ({
    page,
    canvas,
    inspector,
    secondTab,
  }) => {
    const other = await twoTabs(page, canvas, inspector, secondTab);
    const notice = other.getByRole('alert', { name: 'Changed in another tab' });
    await expect(notice).toBeVisible();
    await other.screenshot({ path: 'test-results/autosave-other-tab.png' });
    await notice.getByRole('button', { name: 'Load the other tab’s design' }).click();
    await expect(notice).toHaveCount(0);
    await expect(secondTab.canvas.workload('prod/backend')).toBeVisible();
  });

  test('the tab that keeps its own saves it and the other is told', async ({
    page,
    canvas,
    inspector,
    secondTab,
  }) => {
    const other = await twoTabs(page, canvas, inspector, secondTab);
    const notice = other.getByRole('alert', { name: 'Changed in another tab' });
    await expect(notice).toBeVisible();
    await secondTab.canvas.workload('prod/db').click();
    await secondTab.inspector.rename('database');
    // Until it chooses, the tab saves nothing (the unit tests hold it to that over time).
    await expect(notice).toContainText('not saved until you choose');
    expect((await savedEntries(page))[AUTOSAVE_KEY]).toContain('name: backend');
    await notice.getByRole('button', { name: 'Keep this tab’s design' }).click();
    await waitForSaved(page, 'name: database');
    await expect(page.getByRole('alert', { name: 'Changed in another tab' })).toBeVisible();
  });
});

test.describe('an example opened by link over the user’s design', () => {
  test('does not replace it: back to my design, or a reload, brings it', async ({
    page,
    canvas,
    inspector,
  }) => {
    await page.goto('/?fixture=three-tier');
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await waitForSaved(page, 'name: frontend');

    await page.goto('/?fixture=three-tier');
    const note = page.getByRole('note', { name: 'Example opened' });
    await expect(note).toContainText('Your own design is kept');
    await expect(canvas.workload('prod/web')).toBeVisible();
    await page.screenshot({ path: 'test-results/autosave-example.png' });
    await canvas.workload('prod/api').click();
    await inspector.rename('backend');
    // The reload flushes any pending save (pagehide): the example's edit must not be in it.
    expect((await savedEntries(page))[AUTOSAVE_KEY]).toContain('name: frontend');
    await page.reload();
    await expect(canvas.workload('prod/frontend')).toBeVisible();

    await page.goto('/?fixture=three-tier');
    await note.getByRole('button', { name: 'Back to my design' }).click();
    await expect(canvas.workload('prod/frontend')).toBeVisible();
    await expect(note).toHaveCount(0);
  });
});

test.describe('a fixture name that is not a fixture', () => {
  for (const name of ['__proto__', 'constructor', 'toString']) {
    test(`?fixture=${name} opens the page, empty`, async ({ page, canvas }) => {
      await page.goto(`/?fixture=${name}`);
      await expect(canvas.gettingStarted).toBeVisible();
    });
  }
});
