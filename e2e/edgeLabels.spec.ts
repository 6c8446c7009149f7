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

test('in the three-tier example fitted at 1440×900 (zoom 0.74) the ports read 9 px or more', async ({
  page,
  canvas,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?fixture=three-tier');
  await expect(canvas.lineLabel('prod/web', 'prod/api')).toHaveText('TCP 5000');
  await expect.poll(() => canvas.fitted(), { timeout: 15_000 }).toBe(true);
  // Low in the full band, where 11 px print is 8 px on screen.
  const zoom = await canvas.zoom();
  expect(zoom).toBeGreaterThan(0.6);
  expect(zoom).toBeLessThan(0.82);
  await expect
    .poll(() => canvas.smallestLabelOnScreen(3), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(9);
  await expect.poll(() => labelsOnCards(page).then((f) => f.overlaps)).toEqual([]);
  await expect.poll(() => canvas.labelsAstray()).toEqual([]);
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

/**
 * Points on screen where the pointer is on a line whose label is not drawn, one a line (the
 * line itself under the point, not a card or a box's header); of line `only` if given.
 */
function hoverPoints(page: Page, only?: string) {
  return page.evaluate((only) => {
    const points: { id: string; x: number; y: number }[] = [];
    for (const line of document.querySelectorAll('[data-testid^="edge."]')) {
      const id = (line.getAttribute('data-testid') ?? '').slice('edge.'.length);
      if (only !== undefined && id !== only) continue;
      if (document.querySelector(`[data-testid="edge-label.${CSS.escape(id)}"]`) !== null) continue;
      const path = line.querySelector<SVGPathElement>('.nc-edge-path');
      const matrix = path?.getScreenCTM();
      if (path == null || matrix == null) continue;
      for (let i = 1; i < 20; i++) {
        const p = path.getPointAtLength((path.getTotalLength() * i) / 20);
        const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
        const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
        const under = document.elementFromPoint(x, y);
        if (under !== null && line.contains(under)) {
          points.push({ id, x, y });
          break;
        }
      }
    }
    return points;
  }, only);
}

/**
 * Where the label of line `id` is on screen: how many cards it overlaps (by a pixel or more) and
 * those drawn over it
 * (the card, not the label, is what the middle of their overlap shows, once the label is made
 * to take the pointer for the look, in the same task), and whether it lies in the canvas.
 */
function hoverLabelSeen(page: Page, id: string) {
  return page.evaluate((lineId) => {
    const label = document.querySelector<HTMLElement>(
      `[data-testid="edge-label.${CSS.escape(lineId)}"]`,
    );
    const canvas = document.querySelector('.react-flow');
    if (label === null || canvas === null) return null;
    const a = label.getBoundingClientRect();
    const view = canvas.getBoundingClientRect();
    const cards = [
      ...document.querySelectorAll(
        '[data-testid^="node.workload."], [data-testid^="node.external."]',
      ),
    ];
    const hiddenBy: string[] = [];
    let onCards = 0;
    label.style.pointerEvents = 'auto';
    for (const card of cards) {
      const b = card.getBoundingClientRect();
      const left = Math.max(a.left, b.left);
      const right = Math.min(a.right, b.right);
      const top = Math.max(a.top, b.top);
      const bottom = Math.min(a.bottom, b.bottom);
      // Edges that touch within a pixel (a label kept in the view, its bottom 0.2 px into a card
      // cut at the view's top) do not overlap: the middle of such a sliver hits either.
      if (right - left < 1 || bottom - top < 1) continue;
      onCards++;
      const shown = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (shown !== null && card.contains(shown)) {
        hiddenBy.push(card.getAttribute('data-testid') ?? '');
      }
    }
    label.style.pointerEvents = '';
    const inView =
      a.left >= view.left && a.right <= view.right && a.top >= view.top && a.bottom <= view.bottom;
    return { onCards, hiddenBy, inView };
  }, id);
}

test('a label shown under the pointer, or picked, is drawn above the cards, in the view, and lets the line take the click', async ({
  page,
  canvas,
  collapsed,
  toolbar,
}) => {
  test.setTimeout(120_000);
  // Four namespace boxes 20 px apart: the lines between them run in the narrow gaps beside the
  // cards, and their labels find no room there.
  const doc = generateCluster({ pods: 40, policies: 20, namespaces: 4, seed: 9 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(page.getByRole('status')).toContainText('40 workloads', { timeout: 30_000 });
  await canvas.settledBox(canvas.namespace('ns-1'));
  // Zoomed in to where lines have labels, a part of the design past the canvas's edges.
  await expect(async () => {
    await collapsed.zoomIn.click();
    await expect(collapsed.flow).toHaveAttribute('data-zoom-band', 'full', { timeout: 1_000 });
  }).toPass();
  await expect.poll(async () => (await hoverPoints(page)).length).toBeGreaterThan(3);
  let onCards = 0;
  let clicked = false;
  for (const { id } of await hoverPoints(page)) {
    // Where the pointer is on the line now (a click on another line may have drawn its label).
    const [point] = await hoverPoints(page, id);
    if (point === undefined) continue;
    const { x, y } = point;
    await page.mouse.move(x, y);
    const label = page.getByTestId(`edge-label.${id}`);
    await expect(label).toBeVisible();
    const seen = await hoverLabelSeen(page, id);
    expect(seen, id).toEqual({ onCards: seen?.onCards, hiddenBy: [], inView: true });
    onCards += seen?.onCards ?? 0;
    if (!clicked && (seen?.onCards ?? 0) > 0) {
      // The label lets the pointer through: a click there picks its line, not the label.
      await page.mouse.click(x, y);
      await expect.poll(() => canvas.selection()).toMatchObject({ kind: 'flow', id });
      // Picked, with the pointer gone, the label stays on show, in the view, under nothing: placed
      // after every other label, clear of them (`labelPicked`), it may leave the cards.
      await page.mouse.move(5, 5);
      await expect(label).toBeVisible();
      expect(await hoverLabelSeen(page, id), `${id} picked`).toMatchObject({
        hiddenBy: [],
        inView: true,
      });
      await page.keyboard.press('Escape');
      clicked = true;
    }
    await page.mouse.move(5, 5);
    await expect(label).toHaveCount(0);
  }
  // The design has such labels beside cards: what this test is about.
  expect(onCards).toBeGreaterThan(0);
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

test('the label of a short summary line between two collapsed boxes covers neither', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(90_000);
  // A folder of policies without pods: six namespaces of inferred workloads, opened collapsed in
  // two rows; ns-4 and ns-5 sit side by side, a short summary line between them, no room for
  // its label.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const policiesOnly = generateCluster({ pods: 120, policies: 60, namespaces: 6, seed: 37 });
  await page.goto('/');
  await toolbar.openDesign('policies.yaml', { ...policiesOnly, workloads: [] });
  await expect(page.getByRole('status')).toContainText('6 of 6 namespaces collapsed', {
    timeout: 30_000,
  });
  const [left, right] = [canvas.namespace('ns-4'), canvas.namespace('ns-5')];
  const id = 'namespace:ns-4>namespace:ns-5';
  const label = page.getByTestId(`edge-label.${id}`);
  // Hovered once the boxes are in place (the layout and the fit after the import move them).
  let point = { x: 0, y: 0 };
  let seen = { x: 0, y: 0, width: 0, height: 0 };
  await expect(async () => {
    await page.mouse.move(5, 5);
    await canvas.settledBox(left);
    const [on] = await hoverPoints(page, id);
    if (on === undefined) throw new Error('the line between ns-4 and ns-5 has its label drawn');
    point = on;
    await page.mouse.move(point.x, point.y);
    await expect(label).toBeVisible({ timeout: 2_000 });
    seen = await canvas.settledBox(label);
  }).toPass();
  const overlap = (b: { x: number; y: number; width: number; height: number }) =>
    Math.min(seen.x + seen.width, b.x + b.width) - Math.max(seen.x, b.x) >= 1 &&
    Math.min(seen.y + seen.height, b.y + b.height) - Math.max(seen.y, b.y) >= 1;
  expect(overlap(await canvas.settledBox(left)), 'on ns-4').toBe(false);
  expect(overlap(await canvas.settledBox(right)), 'on ns-5').toBe(false);
  // Still near the pointer, and in the view.
  const centre = { x: seen.x + seen.width / 2, y: seen.y + seen.height / 2 };
  expect(Math.hypot(centre.x - point.x, centre.y - point.y)).toBeLessThan(160);
  const frame = await canvas.root.boundingBox();
  if (frame === null) throw new Error('no canvas');
  expect(seen.y + seen.height).toBeLessThanOrEqual(frame.y + frame.height);
  expect(seen.y).toBeGreaterThanOrEqual(frame.y);
});

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

test('a line picked from far out draws its label as large as the names, and itself wider', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(120_000);
  // A held-out design: the two ends of ns-6/app-5-web-86 → ns-7/app-7-api-87 are far apart, so
  // the camera shows them from far out, where names and line labels are drawn large.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign(
    'held-out.yaml',
    generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-7-api-87');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText('ns-7/app-7-api-87');
  await page.keyboard.press('Enter');
  const from = page.getByRole('region', { name: 'Accepts connections from' });
  await from.getByRole('button', { name: /^ns-6\/app-5-web-86 / }).click();
  const moving = () => page.evaluate(() => window.__editor?.getState().focusRequest ?? null);
  await expect.poll(moving, { timeout: 30_000 }).toBeNull();
  const zoom = (await canvas.viewport()).zoom;
  expect(zoom).toBeLessThan(0.6);
  const id = 'workload:ns-6/app-5-web-86>workload:ns-7/app-7-api-87';
  const label = page.getByTestId(`edge-label.${id}`);
  await expect(label).toBeVisible();
  const px = (locator: typeof label, property: string) =>
    locator.evaluate((el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p)), property);
  // Its text at least 9 px tall on screen, as a workload's name is from this far out.
  expect((await px(label, 'font-size')) * zoom).toBeGreaterThanOrEqual(9);
  const path = page.getByTestId(`edge.${id}`).locator('.nc-edge-path');
  expect((await px(path, 'stroke-width')) * zoom).toBeGreaterThanOrEqual(2.5);
});

/** Pairs of line labels whose boxes on screen overlap. */
function labelsOnLabels(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[data-testid^="edge-label."]')].map((e) => ({
      id: e.getAttribute('data-testid') ?? '',
      r: e.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    labels.forEach((l, i) => {
      for (const m of labels.slice(i + 1)) {
        const { r: a } = l;
        const { r: b } = m;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlaps.push(`${l.id} on ${m.id}`);
        }
      }
    });
    return { labels: labels.length, overlaps };
  });
}

test('a collapsed box picked among many summary lines puts no label on another', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  await toolbar.openDesign('held-out.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const box = canvas.namespace('kube-system');
  await canvas.settledBox(box);
  // kube-system's ten summary lines run to every other namespace: picked, those with room are
  // labelled. Three labels at least (three sat on each other before): how many of the ten find
  // room is the layout's. With the group outside the cluster collapsed (one small box at the
  // foot), ns-1 is packed beside kube-system, and their two lines run through the 64 px between
  // the boxes, where no "10 connections" fits: that label shows while the pointer is on its line.
  await box.getByText('kube-system', { exact: true }).click();
  await expect(box).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(async () => (await labelsOnLabels(page)).labels, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(3);
  expect((await labelsOnLabels(page)).overlaps).toEqual([]);
});
