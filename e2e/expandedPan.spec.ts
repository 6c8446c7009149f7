/**
 * Panning a large design just expanded: the cards arrive in parts, the boxes in view first, and
 * none while the user drags the empty canvas (a pan only moves the camera). Once the page is
 * idle, every card in view is drawn whole and no box in view waits for its cards.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';

const DOC = generateCluster({ pods: 320, policies: 60, namespaces: 8, seed: 5 });

/**
 * What the canvas shows: the workload cards whose box reaches into its frame, those among them
 * drawn empty (far) or without their name on screen, and the boxes in it still drawn collapsed.
 */
function inView(page: Page) {
  return page.getByTestId('rf__wrapper').evaluate((root) => {
    // A box drawn as it was while its cards wait: collapsed, or opening.
    const STAND_IN =
      'button[aria-label^="Expand namespace"], button[aria-label^="Opening namespace"]';
    const frame = root.getBoundingClientRect();
    const seen = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom
      );
    };
    const cards = [...root.querySelectorAll<HTMLElement>('.react-flow__node-workload')].filter(
      seen,
    );
    const empty = cards
      .filter((card) => {
        const name = card.querySelector('.nc-node-name');
        const box = name?.getBoundingClientRect();
        return card.dataset.far === 'true' || box === undefined || box.height < 1;
      })
      .map((card) => card.dataset.id ?? '');
    const waiting = [...root.querySelectorAll('.react-flow__node-namespace')]
      .filter(seen)
      .filter((box) => box.querySelector(STAND_IN) !== null)
      .map((box) => box.getAttribute('data-id') ?? '');
    return { cards: cards.length, empty, waiting };
  });
}

test('a large design panned as it expands draws every card in view once idle', async ({
  page,
  canvas,
  collapsed,
}) => {
  // 320 cards opened, expanded in parts and panned: minutes on a busy 2-core machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await collapsed.open('cluster-320.yaml', DOC);
  await collapsed.expandAll.click();
  // Pan as soon as the first cards show, while the others may still be on their way.
  await expect(page.getByTestId(/^node\.workload\./).first()).toBeAttached({ timeout: 60_000 });
  await collapsed.zoomIn.click();
  await collapsed.zoomIn.click();
  const { x, y } = await canvas.emptyPanePoint();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(x - i * 25, y - i * 12);
  await page.mouse.up();

  await expect(page.getByTestId(/^node\.workload\./)).toHaveCount(320, { timeout: 120_000 });
  await canvas.drawn();
  const notDrawn = async () => {
    const { empty, waiting } = await inView(page);
    return { empty, waiting };
  };
  await expect.poll(notDrawn, { timeout: 60_000 }).toEqual({ empty: [], waiting: [] });
  const shown = await inView(page);
  // Zoomed in, part of the design is out of view: some cards drawn, not all of them.
  expect(shown.cards).toBeGreaterThan(10);
  expect(shown.cards).toBeLessThan(320);
  await page.screenshot({ path: 'test-results/expanded-panned-1440.png' });
});
