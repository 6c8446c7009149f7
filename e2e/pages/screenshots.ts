import type { Page } from '@playwright/test';

/**
 * Screenshots at 1280×720 and 1920×1080, light then dark, to look at:
 * `test-results/<name>-<light|dark>-<width>.png`. The page is left light at 1280×720.
 */
export async function screenshotsBothThemes(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/${name}-${scheme}-${String(width)}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 720 });
}
