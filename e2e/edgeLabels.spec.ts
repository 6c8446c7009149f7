/**
 * Lines go around the cards they do not join, and no label sits on a card:
 * a click on a card always reaches the card.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

/** Pairs of a label and a card whose boxes on screen overlap, and how many labels there are. */
function labelsOnCards(page: Page) {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll(selector)].map((e) => ({
        id: e.getAttribute('data-testid') ?? '',
        r: e.getBoundingClientRect(),
      }));
    const labels = boxes('[data-testid^="edge-label."]');
    const cards = boxes(
      '[data-testid^="node.workload."], [data-testid^="node.external."], [data-testid^="node.virtual"]',
    );
    const overlaps: string[] = [];
    for (const l of labels) {
      for (const c of cards) {
        const { r: a } = l;
        const { r: b } = c;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlaps.push(`${l.id} on ${c.id}`);
        }
      }
    }
    return { labels: labels.length, overlaps };
  });
}

test('in the three-tier example no label covers a card', async ({ page, canvas }) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.root).toBeVisible();
  await expect(canvas.lineLabel('prod/web', 'prod/api')).toBeVisible();
  const found = await labelsOnCards(page);
  expect(found.labels).toBeGreaterThan(0);
  expect(found.overlaps).toEqual([]);
});

test('in a generated design of 40 workloads no label covers a card', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(90_000);
  const doc = generateCluster({ pods: 40, policies: 16, namespaces: 3, seed: 9 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(page.getByRole('status')).toContainText('40 workloads', { timeout: 30_000 });
  await canvas.settledBox(canvas.namespace('ns-1'));
  await expect.poll(async () => (await labelsOnCards(page)).labels).toBeGreaterThan(0);
  await expect
    .poll(async () => (await labelsOnCards(page)).overlaps, { timeout: 10_000 })
    .toEqual([]);
});

test('a line without its label shows it while the pointer is on it', async ({ page, canvas }) => {
  // Picking a workload draws its paths as dashed lines without labels.
  await page.goto('/?fixture=three-tier');
  await expect(canvas.root).toBeVisible();
  await canvas.workload('prod/web').click();
  // A line whose label is not drawn, and a point of it on screen where the pointer reaches it:
  // the picked workload's paths are drawn a frame or more after the pick.
  const hoverable = () =>
    page.evaluate(() => {
      for (const line of document.querySelectorAll('[data-testid^="edge."]')) {
        const id = (line.getAttribute('data-testid') ?? '').slice('edge.'.length);
        if (document.querySelector(`[data-testid="edge-label.${CSS.escape(id)}"]`) !== null)
          continue;
        const path = line.querySelector<SVGPathElement>('.nc-edge-path');
        const matrix = path?.getScreenCTM();
        if (path == null || matrix == null) continue;
        for (const along of [0.5, 0.35, 0.65, 0.2, 0.8]) {
          const p = path.getPointAtLength(path.getTotalLength() * along);
          const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
          const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
          const under = document.elementFromPoint(x, y);
          if (under !== null && line.contains(under)) return { id, x, y };
        }
      }
      return null;
    });
  await expect.poll(hoverable, { timeout: 10_000 }).not.toBeNull();
  const target = await hoverable();
  if (target === null) throw new Error('every line has its label drawn: nothing to hover');
  const label = page.getByTestId(`edge-label.${target.id}`);
  await expect(label).toHaveCount(0);
  await page.mouse.move(target.x, target.y);
  await expect(label).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(label).toHaveCount(0);
});

/** Labels whose box on screen covers a namespace's name or its Collapse button. */
function labelsOnNamespaceNames(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[data-testid^="edge-label."]')].filter(
      (e) => e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden',
    );
    // A namespace's name (the element holding just that text) and its Collapse button.
    const heads = [...document.querySelectorAll('[data-testid^="node.namespace."]')].flatMap(
      (ns) => {
        const name = (ns.getAttribute('data-testid') ?? '').slice('node.namespace.'.length);
        return [...ns.querySelectorAll('*')].filter(
          (e) =>
            (e.children.length === 0 && e.textContent === name) ||
            e.getAttribute('aria-label') === `Collapse namespace ${name}`,
        );
      },
    );
    const overlaps: string[] = [];
    for (const l of labels) {
      const a = l.getBoundingClientRect();
      for (const h of heads) {
        const b = h.getBoundingClientRect();
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlaps.push(`${l.getAttribute('data-testid') ?? ''} on ${h.textContent}`);
        }
      }
    }
    return { overlaps, labels: labels.length, heads: heads.length };
  });
}

test.describe('when a lesson is presented', () => {
  for (const [id, steps] of [
    ['three-tiers', 6],
    ['namespaces', 4],
    ['outside', 7],
  ] as const) {
    test(`no line label covers a namespace's name in ${id}`, async ({ page, lesson }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`/?lesson=${id}&step=1`);
      await lesson.present.click();
      for (let step = 1; step <= steps; step++) {
        if (step > 1) await page.keyboard.press('ArrowRight');
        await expect(lesson.where).toHaveText(`Step ${String(step)} of ${String(steps)}`);
        await expect
          .poll(async () => (await labelsOnNamespaceNames(page)).overlaps, { intervals: [300] })
          .toEqual([]);
        // Each namespace's name and Collapse button were looked at.
        expect((await labelsOnNamespaceNames(page)).heads).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
