/**
 * Lines go around the cards they do not end at: in a busy open namespace (cards 20 pixels
 * apart, two-way pairs drawn 36 pixels wide), and between collapsed namespaces on either side
 * of an open one. Held-out design of 200 workloads; Find opens ns-6 and picks a workload there.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

/**
 * Each drawn line, sampled every 4 pixels along its path on screen, against every card (a
 * workload, an endpoint, a collapsed namespace) other than its own two ends, 4 pixels inside
 * the card's border: `from > to crosses card`; and how many lines were looked at.
 */
function linesThroughCards(page: Page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')].flatMap(
      (node) => {
        const id = node.dataset.id ?? '';
        const box = node.querySelector('[data-testid^="node."]') ?? node;
        // An open namespace box (or group outside the cluster) holds cards: lines to them go in.
        const holder = id.startsWith('namespace:') || id.startsWith('outside:');
        if (holder && !box.classList.contains('is-collapsed')) return [];
        return [{ id, r: box.getBoundingClientRect() }];
      },
    );
    const inside = (p: DOMPoint, r: DOMRect) =>
      p.x > r.left + 4 && p.x < r.right - 4 && p.y > r.top + 4 && p.y < r.bottom - 4;
    const crossings: string[] = [];
    let lines = 0;
    for (const line of document.querySelectorAll('[data-testid^="edge."]')) {
      const [from, to] = (line.getAttribute('data-testid') ?? '').slice('edge.'.length).split('>');
      const path = line.querySelector<SVGPathElement>('path.nc-edge-path');
      const matrix = path?.getScreenCTM();
      if (path == null || matrix == null || from === undefined || to === undefined) continue;
      lines += 1;
      const crossed = new Set<string>();
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 4) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        for (const c of cards)
          if (c.id !== from && c.id !== to && inside(p, c.r)) crossed.add(c.id);
      }
      for (const c of crossed) crossings.push(`${from} > ${to} crosses ${c}`);
    }
    return { lines, crossings };
  });
}

test('in a busy open namespace, no line runs through a card it does not end at', async ({
  page,
  canvas,
  toolbar,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await toolbar.openDesign(
    'held-200.yaml',
    generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 4242 }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('app-4-cache-61');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText('ns-6/app-4-cache-61');
  await page.keyboard.press('Enter');
  await expect.poll(() => canvas.cameraRequest(), { timeout: 60_000 }).toBeNull();
  await canvas.laidOut();
  // Its lines drawn: every card of ns-6 and the lines of the picked workload, among others.
  await expect(canvas.line('ns-6/app-4-cache-61', 'ns-6/app-3-worker-160')).toBeVisible({
    timeout: 60_000,
  });
  await expect
    .poll(async () => (await linesThroughCards(page)).lines, { timeout: 60_000 })
    .toBeGreaterThan(150);
  // The lines are routed in a worker: they may take a moment to settle.
  await expect
    .poll(async () => (await linesThroughCards(page)).crossings, { timeout: 60_000 })
    .toEqual([]);
  await page.screenshot({ path: 'test-results/lines-around-cards.png' });
});
