/**
 * The dark theme: it follows the system's setting live, a choice overrides
 * it and survives a reload, and allowed / blocked keep readable contrast.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** WCAG contrast of an element's text against the first opaque background behind it. */
async function contrast(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const rgb = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
    };
    let bg: number[] = [255, 255, 255];
    for (let e: Element | null = el; e !== null; e = e.parentElement) {
      const parts = rgb(getComputedStyle(e).backgroundColor);
      if (parts.length === 3 || (parts[3] ?? 0) > 0.9) {
        bg = parts.slice(0, 3);
        break;
      }
    }
    const a = lum(rgb(getComputedStyle(el).color));
    const b = lum(bg);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');

test('the page follows the system into dark, and a choice overrides it after a reload', async ({
  page,
  canvas,
  inspector,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  await expect.poll(() => theme(page)).toBe('light');

  // the system switches: the page follows at once
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => theme(page)).toBe('dark');
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(background).toBe('rgb(17, 24, 39)');

  // allowed and blocked stay readable in the Inspector's path list
  await canvas.workload('prod/web').click();
  const verdicts = inspector.panel.locator('.path-verdict');
  await expect(verdicts.first()).toBeVisible();
  for (const verdict of await verdicts.all())
    expect(await contrast(verdict)).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test-results/theme-dark.png' });

  // the user picks Light: it wins over the system, and stays after a reload
  const select = page.getByRole('combobox', { name: 'Theme' });
  await select.selectOption('light');
  await expect.poll(() => theme(page)).toBe('light');
  await page.reload();
  await expect(canvas.root).toBeVisible();
  await expect(select).toHaveValue('light');
  await expect.poll(() => theme(page)).toBe('light');
  await select.selectOption('system');
  await expect.poll(() => theme(page)).toBe('dark');
});

test('presentation in the dark theme keeps the lesson readable', async ({ page, canvas }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: /Exit presentation/ })).toBeVisible();
  const name = canvas.workload('prod/web').locator('.nc-node-name, strong').first();
  expect(await contrast(canvas.workload('prod/web'))).toBeGreaterThanOrEqual(4.5);
  await expect(name).toBeVisible();
  await page.screenshot({ path: 'test-results/theme-dark-presenting.png' });
});

/** Each drawn line's stroke and the fill of the arrowhead it names, as the page paints them. */
function lineAndArrowColours(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="edge."]')].map((line) => {
      const path = line.querySelector('path');
      const named = /#([^'")]+)/.exec(path?.getAttribute('marker-end') ?? '')?.[1] ?? '';
      const head = document.getElementById(named)?.querySelector('path');
      return {
        line: path === null ? '' : getComputedStyle(path).stroke,
        arrow: head == null ? '' : getComputedStyle(head).fill,
      };
    }),
  );
}

test('in the dark theme every arrowhead is drawn in its line’s colour', async ({
  page,
  canvas,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?fixture=three-tier');
  // db's paths: allowed, blocked and partly blocked lines with their arrowheads.
  await canvas.workload('prod/db').click();
  await expect(page.getByLabel(/^Path .*: blocked$/).first()).toBeAttached();
  const colours = await lineAndArrowColours(page);
  expect(new Set(colours.map((c) => c.line)).size).toBeGreaterThan(1);
  for (const { line, arrow } of colours) expect(arrow).toBe(line);
  await page.screenshot({ path: 'test-results/theme-dark-arrowheads.png' });
});

test('a pressed presenter toggle under the pointer keeps its text readable', async ({
  page,
  canvas,
  presentation,
}) => {
  // Presented at 1280×720, Side panel clicked: the pointer rests on it, and the hover's pale
  // tint took its blue away from under its white text (contrast 1.1).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  await page.keyboard.press('p');
  await presentation.sidePanel.click();
  await expect(presentation.sidePanel).toHaveAttribute('aria-pressed', 'true');
  await presentation.sidePanel.hover();
  expect(await contrast(presentation.sidePanel)).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test-results/presenter-toggle-hover.png' });
});
