/**
 * Lines go around the cards they do not join, and no label sits on a card:
 * a click on a card always reaches the card.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
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
  await toolbar.fileInput.setInputFiles({
    name: 'cluster.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(serializeDocument(doc), 'utf8'),
  });
  await expect(page.getByRole('status')).toContainText('40 workloads', { timeout: 30_000 });
  await canvas.settledBox(canvas.namespace('ns-1'));
  await expect.poll(async () => (await labelsOnCards(page)).labels).toBeGreaterThan(0);
  await expect
    .poll(async () => (await labelsOnCards(page)).overlaps, { timeout: 10_000 })
    .toEqual([]);
});
