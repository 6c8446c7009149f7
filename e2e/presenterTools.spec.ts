import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A two-step lesson whose first step has three lines, opened from a file. */
const LESSON = `apiVersion: netpol-canvas.dev/v1alpha1
kind: Lesson
metadata:
  name: reveal
spec:
  title: Reveal
  summary: Three lines, then a step.
  steps:
    - title: Three points
      text: "Egress is checked at the source.\\nIngress is checked at the destination.\\nReplies need no rule."
      document: &doc |
        apiVersion: v1
        kind: Namespace
        metadata:
          name: prod
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: prod
          labels: {app: web}
        spec:
          containers:
            - name: web
              image: nginx
              ports: [{containerPort: 80}]
    - title: The end
      text: One sentence. And another one.
      document: *doc
`;

async function openLesson(page: Page): Promise<void> {
  await page.goto('/?fixture=three-tier');
  await page
    .getByRole('navigation', { name: 'Toolbar' })
    .getByRole('button', { name: 'Lessons…' })
    .click();
  await page.getByLabel('Lesson file to open').setInputFiles({
    name: 'reveal.lesson.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(LESSON),
  });
}

test.describe('when a trainer presents to a room', () => {
  test('the laser pointer follows the mouse as a large dot and fades when it rests', async ({
    page,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=4');
    await expect(lesson.where).toHaveText('Step 4 of 6');
    await page.keyboard.press('l');
    await expect(lesson.laser).toBeHidden();
    await page.keyboard.press('p');
    await expect(lesson.laser).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('l');
    await expect(lesson.laser).toHaveAttribute('aria-pressed', 'true');
    const dot = page.getByTestId('laser.dot');
    await page.mouse.move(700, 500);
    await page.mouse.move(900, 560, { steps: 12 });
    await expect.poll(() => dot.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    const box = await dot.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect((box?.x ?? 0) + (box?.width ?? 0) / 2).toBeCloseTo(900, -1);
    await page.screenshot({ path: 'test-results/laser-1920.png' });
    await expect
      .poll(() => dot.evaluate((el) => Number(getComputedStyle(el).opacity)), { timeout: 5000 })
      .toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.mouse.move(500, 420, { steps: 10 });
    await expect.poll(() => dot.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    await page.screenshot({ path: 'test-results/laser-1280.png' });
    await lesson.laser.click();
    await expect(dot).toHaveCount(0);
    await page.keyboard.press('l');
    await expect(dot).toHaveCount(1);
    await page.keyboard.press('p');
    await expect(dot).toHaveCount(0);
  });

  test('reveals the step text one line at a time before the next step', async ({
    page,
    lesson,
  }) => {
    await openLesson(page);
    await expect(lesson.where).toHaveText('Step 1 of 2');
    const first = lesson.bar.getByText('Egress is checked at the source.');
    const last = lesson.bar.getByText('Replies need no rule.');
    await page.keyboard.press('p');
    await page.keyboard.press('r');
    await expect(lesson.reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(lesson.revealed).toHaveText('Line 1 of 3');
    // The room reads the counter as it reads the step's words.
    const counter = await lesson.revealed.evaluate((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    const words = await first.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(counter).toBeGreaterThanOrEqual(Math.max(20, words));
    await expect(first).toBeVisible();
    await expect(last).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(lesson.revealed).toHaveText('Line 2 of 3');
    await expect(lesson.bar.getByText('Ingress is checked at the destination.')).toBeVisible();
    await expect(last).toBeHidden();
    await page.keyboard.press('Space');
    await expect(last).toBeVisible();
    await expect(lesson.where).toHaveText('Step 1 of 2');
    await page.screenshot({ path: 'test-results/reveal-1280.png' });
    await page.keyboard.press('ArrowRight');
    await expect(lesson.where).toHaveText('Step 2 of 2');
    await expect(lesson.revealed).toHaveText('Line 1 of 2');
    await expect(lesson.bar.getByText('And another one.')).toBeHidden();
    await page.keyboard.press('PageUp');
    await expect(lesson.where).toHaveText('Step 1 of 2');
    await expect(lesson.revealed).toHaveText('Line 3 of 3');
    await page.keyboard.press('PageUp');
    await expect(lesson.revealed).toHaveText('Line 2 of 3');
    await expect(last).toBeHidden();
    await lesson.reveal.click();
    await expect(lesson.reveal).toHaveAttribute('aria-pressed', 'false');
    await expect(lesson.revealed).toBeHidden();
    await expect(last).toBeVisible();
  });

  test('reveals the connections a step talks about one at a time, in the order it tells them', async ({
    page,
    lesson,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?lesson=three-tiers&step=1');
    await expect(lesson.title).toHaveText('Everything is allowed by default');
    await lesson.present.click();
    await expect(lesson.exitPresentation).toBeVisible();
    const line = (from: string, to: string) => page.getByTestId(`edge.${from}>${to}`);
    const users = line('external:users', 'workload:prod/web');
    const webApi = line('workload:prod/web', 'workload:prod/api');
    const apiDb = line('workload:prod/api', 'workload:prod/db');
    const webDb = line('workload:prod/web', 'workload:prod/db');
    // A line is drawn or not (a level line has no height, so it counts, not "visible").
    await expect(webApi).toHaveCount(1);
    await page.keyboard.press('r');
    // Two sentences and four connections: four beats.
    await expect(lesson.revealed).toHaveText('Line 1 of 4');
    await expect(users).toHaveCount(1);
    await expect(users).toContainText('TCP 80');
    for (const waiting of [webApi, apiDb, webDb]) await expect(waiting).toHaveCount(0);
    await page.screenshot({ path: 'test-results/reveal-lines-1.png' });
    await page.keyboard.press('PageDown');
    await expect(lesson.revealed).toHaveText('Line 2 of 4');
    await expect(webApi).toHaveCount(1);
    await expect(apiDb).toHaveCount(0);
    await expect(lesson.bar.getByText(/^No NetworkPolicy selects these pods yet/)).toBeVisible();
    await page.keyboard.press('Space');
    await expect(apiDb).toHaveCount(1);
    await expect(webDb).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(lesson.revealed).toHaveText('Line 4 of 4');
    await expect(webDb).toHaveCount(1);
    await expect(lesson.where).toHaveText('Step 1 of 6');
    await page.screenshot({ path: 'test-results/reveal-lines-4.png' });
    await page.keyboard.press('PageUp');
    await expect(webDb).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(lesson.where).toHaveText('Step 2 of 6');
    // Step 2: web opens the connection to api; api → web is another one, shown next.
    await expect(webApi).toHaveCount(1);
    await expect(line('workload:prod/api', 'workload:prod/web')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(line('workload:prod/api', 'workload:prod/web')).toHaveCount(1);
    await page.keyboard.press('r');
    await expect(lesson.revealed).toBeHidden();
    await expect(line('workload:prod/api', 'workload:prod/web')).toHaveCount(1);
  });
});

test('presented at 1280×720 beside the side panel, the view’s settings are whole', async ({
  page,
  canvas,
  lesson,
  presentation,
}) => {
  // The tabs, Find, Re-layout, Picture…, the theme and the network plugin took more than the
  // canvas's width: the plugin's select ran under the side panel, its arrow cut.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/web')).toBeVisible();
  await page.keyboard.press('p');
  await presentation.sidePanel.click();
  await expect(presentation.panels).toBeVisible();
  const plugin = await canvas.settledBox(lesson.plugin);
  const panels = await canvas.settledBox(presentation.panels);
  expect(plugin.x + plugin.width).toBeLessThanOrEqual(panels.x);
  await page.screenshot({ path: 'test-results/presented-1280-view-settings.png' });
});
