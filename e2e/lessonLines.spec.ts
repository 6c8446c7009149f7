import { expect, test } from './fixtures';

/** The least distance between two sets of points, in pixels. */
function closest(p: readonly { x: number; y: number }[], q: readonly { x: number; y: number }[]) {
  return Math.min(...p.flatMap((a) => q.map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
}

test.describe('when the three tiers lesson opens on its first step', () => {
  test('draws users → web, web → api and api → db with their ports', async ({ page, canvas }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=1');
    await expect(canvas.lineLabelBetween('users', 'prod/web')).toHaveText('TCP 80');
    await expect(canvas.lineLabelBetween('prod/web', 'prod/api')).toHaveText('TCP 5000');
    await expect(canvas.lineLabelBetween('prod/api', 'prod/db')).toHaveText('TCP 3306');
    await expect(canvas.lineLabelBetween('prod/web', 'prod/db')).toHaveText('TCP 3306');
    for (const [from, to] of [
      ['users', 'prod/web'],
      ['prod/web', 'prod/api'],
      ['prod/api', 'prod/db'],
    ] as const) {
      await expect(canvas.lineBetween(from, to)).toBeVisible();
    }
    await canvas.settledBox(canvas.lineLabelBetween('prod/web', 'prod/api'));
    await page.screenshot({ path: 'test-results/lesson-three-tiers-1.png' });
  });
});

test.describe('when the step where web can no longer reach the database opens at 1280', () => {
  test('web → api still says its port, as the step says web still reaches api', async ({
    page,
    canvas,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    await expect(canvas.lineLabelBetween('prod/web', 'prod/db')).toHaveText('⊘ TCP 3306');
    const webToApi = canvas.lineLabelBetween('prod/web', 'prod/api');
    await expect(webToApi).toHaveText('TCP 5000');
    await expect(webToApi).toBeVisible();
    await expect.poll(() => canvas.labelsAstray()).toEqual([]);
  });
});

test.describe('when the step where web can no longer reach the database opens at 1440', () => {
  test('its lines’ ports read at least 9 px tall on screen', async ({ page, canvas, lesson }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.title).toHaveText('web can no longer reach the database');
    const webToApi = canvas.lineLabelBetween('prod/web', 'prod/api');
    await expect(webToApi).toHaveText('TCP 5000');
    await expect
      .poll(() => canvas.smallestLabelOnScreen(3), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(9);
    await expect.poll(() => canvas.labelsAstray()).toEqual([]);
  });
});

test.describe('when the step about who starts a connection is presented', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    test(`draws web → api and api → web as two arrows apart at ${String(size.width)}`, async ({
      page,
      canvas,
      lesson,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/?lesson=three-tiers&step=2');
      await expect(lesson.title).toHaveText('Who starts the connection names its direction');
      await page.keyboard.press('p');
      await expect(lesson.exitPresentation).toBeVisible();
      const there = canvas.lineBetween('prod/web', 'prod/api');
      const back = canvas.lineBetween('prod/api', 'prod/web');
      await expect(canvas.lineLabelBetween('prod/web', 'prod/api')).toHaveText('TCP 5000');
      await expect(canvas.lineLabelBetween('prod/api', 'prod/web')).toHaveText('TCP 80');
      await canvas.settledBox(canvas.lineLabelBetween('prod/web', 'prod/api'));
      // Apart all along their middle, by more than an arrowhead is wide.
      const gap = closest(await canvas.linePoints(there), await canvas.linePoints(back));
      expect(gap).toBeGreaterThan(20);
      // Each its own arrowhead.
      const marker = (line: typeof there) =>
        line.locator('path').first().getAttribute('marker-end');
      expect(await marker(there)).toMatch(/^url\(/);
      expect(await marker(back)).toMatch(/^url\(/);
      // The two labels do not cover each other.
      const a = await canvas.lineLabelBetween('prod/web', 'prod/api').boundingBox();
      const b = await canvas.lineLabelBetween('prod/api', 'prod/web').boundingBox();
      expect(
        a &&
          b &&
          (a.x + a.width <= b.x ||
            b.x + b.width <= a.x ||
            a.y + a.height <= b.y ||
            b.y + b.height <= a.y),
      ).toBe(true);
      await page.screenshot({
        path: `test-results/lesson-three-tiers-2-present-${String(size.width)}.png`,
      });
    });
  }
});
