import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * The autosave entries in the page's IndexedDB (database `netpol-canvas`,
 * store `designs`), read and written as the app does, for tests that look at
 * or damage what the browser keeps.
 */
export const AUTOSAVE_KEY = 'netpol-canvas.design';

export async function savedEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open('netpol-canvas');
        open.onerror = () => {
          reject(open.error ?? new Error('open'));
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('designs')) {
            db.close();
            resolve({});
            return;
          }
          const store = db.transaction('designs').objectStore('designs');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const entries: Record<string, string> = {};
            keys.result.forEach((k, i) => {
              entries[k as string] = values.result[i] as string;
            });
            db.close();
            resolve(entries);
          };
        };
      }),
  );
}

export async function writeSavedEntry(page: Page, key: string, text: string): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('netpol-canvas');
        open.onupgradeneeded = () => open.result.createObjectStore('designs');
        open.onerror = () => {
          reject(open.error ?? new Error('open'));
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('designs', 'readwrite');
          tx.objectStore('designs').put(v, k);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('put'));
          };
        };
      }),
    [key, text] as const,
  );
}

/** Waits until the autosaved design holds `text`. */
export async function waitForSaved(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await savedEntries(page))[AUTOSAVE_KEY] ?? '', { timeout: 10_000 })
    .toContain(text);
}
