import { expect, test } from './fixtures';

test.describe('when the page is shown in forced colours (high contrast)', () => {
  test('isolated and open badges differ in words and in shape, not only in colour', async ({
    page,
    canvas,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=4');
    const db = canvas.workload('prod/db');
    const web = canvas.workload('prod/web');
    const isolated = db.getByLabel('ingress isolated', { exact: true });
    const open = web.getByLabel('ingress open', { exact: true });
    await expect(isolated).toHaveText('ingress isolated');
    await expect(open).toHaveText('ingress open');
    const style = (badge: typeof isolated) =>
      badge.evaluate((el) => {
        const css = getComputedStyle(el);
        const lock = el.querySelector('svg path')?.getAttribute('d') ?? '';
        return { border: css.borderTopStyle, width: css.borderTopWidth, lock };
      });
    const on = await style(isolated);
    const off = await style(open);
    expect(on.border).toBe('solid');
    expect(off.border).toBe('dashed');
    expect(parseFloat(on.width)).toBeGreaterThan(parseFloat(off.width));
    // A closed padlock (its shackle comes back down) and an open one.
    expect(on.lock).not.toBe(off.lock);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await canvas.settledBox(db);
    await page.screenshot({ path: 'test-results/forced-colors-1920.png' });
    await page.setViewportSize({ width: 1280, height: 720 });
    // A reload keeps the lesson and step, and fits the step to the smaller window.
    await page.reload();
    await expect(isolated).toBeVisible();
    await canvas.settledBox(db);
    await page.screenshot({ path: 'test-results/forced-colors-1280.png' });
  });
});
