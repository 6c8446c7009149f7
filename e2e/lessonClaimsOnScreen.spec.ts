/**
 * What the three tiers lesson's last steps claim, as the room reads it on a
 * 1920 × 1080 and a 1280 × 720 screen, presented and not: the lines a step's
 * text speaks of are drawn with a label that is on show, on the canvas, off
 * every card and large enough to read; a walk in a lesson keeps the step's
 * cards in view and clear of its callout.
 */
import type { Locator, Page } from '@playwright/test';
import type { Canvas } from './pages/Canvas';
import type { Lesson } from './pages/Lesson';
import { boxInside, boxesOverlap } from './pages/Presentation';
import type { ScreenBox } from './pages/Presentation';
import { expect, test } from './fixtures';

const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** How tall a label's text is drawn on screen: its font size times the canvas's zoom, in px. */
async function textHeight(label: Locator): Promise<number> {
  return label.evaluate((el) => {
    if (!(el instanceof HTMLElement)) throw new Error('a label is an element');
    const zoom = el.getBoundingClientRect().width / el.offsetWidth;
    return parseFloat(getComputedStyle(el).fontSize) * zoom;
  });
}

/** The boxes of every card on the canvas (workloads and endpoints, not namespace boxes). */
async function cardBoxes(page: Page): Promise<ScreenBox[]> {
  const cards = page.locator('[data-testid^="node.workload."], [data-testid^="node.external."]');
  const boxes = await Promise.all((await cards.all()).map((c) => c.boundingBox()));
  return boxes.filter((b) => b !== null);
}

/** Checks that `label` reads: on show, inside the canvas, off every card, `minText` px tall. */
async function expectReadable(
  page: Page,
  canvas: Canvas,
  label: Locator,
  text: string,
  minText: number,
): Promise<void> {
  await expect(label).toBeVisible();
  await expect(label).toHaveText(text);
  const box = await canvas.settledBox(label);
  const frame = await canvas.root.boundingBox();
  if (frame === null) throw new Error('the canvas is on screen');
  expect(boxInside(box, frame), `${text} inside the canvas`).toBe(true);
  for (const card of await cardBoxes(page)) {
    expect(boxesOverlap(box, card), `${text} off the cards`).toBe(false);
  }
  expect(await textHeight(label), `${text} large enough`).toBeGreaterThanOrEqual(minText);
}

async function open(page: Page, lesson: Lesson, step: number, presented: boolean) {
  await page.goto(`/?lesson=three-tiers&step=${String(step)}`);
  await expect(lesson.where).toHaveText(`Step ${String(step)} of 6`);
  if (presented) {
    await lesson.present.click();
    await expect(lesson.exitPresentation).toBeVisible();
  }
}

for (const screen of SCREENS) {
  for (const presented of [false, true]) {
    const how = `${String(screen.width)} × ${String(screen.height)}${presented ? ', presented' : ''}`;
    test.describe(`three tiers on a ${how} screen`, () => {
      test.use({ viewport: screen });

      test('step 5 draws db → api blocked on TCP 5000 beside api → db, both labels read', async ({
        page,
        lesson,
        canvas,
      }) => {
        // Opened at the step (a reload, a shared address) as well as stepped into.
        await open(page, lesson, 5, presented);
        await expect(lesson.bar).toContainText('db to api on TCP 5000 is blocked');
        await expect(canvas.lineBetween('prod/db', 'prod/api')).toHaveClass(/is-blocked/);
        // At the desk, 11 px print from zoom 0.6 (the readable zoom there); the room's is larger.
        const minText = presented ? 12 : 6.6;
        await expectReadable(
          page,
          canvas,
          canvas.lineLabel('prod/db', 'prod/api'),
          '⊘ TCP 5000',
          minText,
        );
        await expectReadable(
          page,
          canvas,
          canvas.lineLabel('prod/api', 'prod/db'),
          'TCP 3306',
          minText,
        );
        await page.screenshot({
          path: `test-results/claims/three-tiers-5-${String(screen.width)}${presented ? '-presented' : ''}.png`,
        });
      });

      test('step 6 labels every line of the tiers and of DNS', async ({ page, lesson, canvas }) => {
        await open(page, lesson, 5, presented);
        await page.keyboard.press('ArrowRight');
        await expect(lesson.where).toHaveText('Step 6 of 6');
        // The room reads them: at the desk, 1280 × 720 with the whole text, they are smaller.
        const minText = presented ? 12 : screen.width === 1920 ? 10 : 7;
        const lines = [
          ['prod/web', 'prod/api', 'TCP 5000'],
          ['prod/api', 'prod/db', 'TCP 3306'],
          ['prod/web', 'kube-system/coredns', 'TCP 53, UDP 53'],
          ['prod/api', 'kube-system/coredns', 'TCP 53, UDP 53'],
          ['prod/db', 'kube-system/coredns', 'TCP 53, UDP 53'],
        ] as const;
        for (const [from, to, text] of lines) {
          await expectReadable(page, canvas, canvas.lineLabel(from, to), text, minText);
        }
        // The step names kube-system: its box, one card wide, shows the name whole.
        for (const ns of ['prod', 'kube-system']) {
          const name = canvas.namespace(ns).getByText(ns, { exact: true });
          await expect(name).toBeVisible();
          const whole = await name.evaluate((el) => el.scrollWidth <= el.clientWidth);
          expect(whole, `${ns} whole`).toBe(true);
        }
        await page.screenshot({
          path: `test-results/claims/three-tiers-6-${String(screen.width)}${presented ? '-presented' : ''}.png`,
        });
      });

      test('a walk in step 4 keeps web, api and db in view, clear of its callout', async ({
        page,
        lesson,
        canvas,
        presentation,
        walk,
      }) => {
        await open(page, lesson, 4, presented);
        await lesson.plugin.selectOption('flannel');
        if (presented && (await presentation.sidePanel.getAttribute('aria-pressed')) === 'false') {
          await presentation.sidePanel.click();
        }
        await walk.walk('prod/web', 'prod/db', 3306);
        // The policy pane steps aside for the walk.
        await expect(
          page.getByRole('complementary', { name: 'Policy prod/db-policy' }),
        ).toBeHidden();
        for (const stop of ['Egress at the source', 'Ingress at the destination']) {
          if (stop !== 'Egress at the source') await walk.next.click();
          await expect(walk.callout).toContainText(stop);
          const callout = await canvas.settledBox(walk.callout);
          for (const name of ['prod/web', 'prod/api', 'prod/db']) {
            const card = await canvas.settledBox(canvas.workload(name));
            expect(await canvas.inView(canvas.workload(name)), `${name} in view`).toBe(true);
            expect(boxesOverlap(card, callout), `${name} clear of the callout`).toBe(false);
          }
        }
        await page.screenshot({
          path: `test-results/claims/three-tiers-4-walk-${String(screen.width)}${presented ? '-presented' : ''}.png`,
        });
      });
    });
  }
}
