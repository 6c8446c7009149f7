/**
 * "Who can reach redis-cart, and on what port?" read from the canvas: the picked workload's lines
 * say their ports where a spot off the cards is free (on the line, beside it, beside its end); a
 * short one between two cards side by side has none, and a label never lies on a card: the
 * Inspector says it. No label lies on another.
 * A small shop written here, placed as Online Boutique's cartservice and redis-cart were, 40 px
 * apart (the real manifests are never copied in); and Online Boutique's policies from a live
 * cluster, read from `../shared/corpus/real` and skipped where that is absent.
 */
import type { Page } from '@playwright/test';
import { openBoutique, hasBoutique, NO_CORPUS } from './corpus';
import { expect, test } from './fixtures';
import { expectLinesSayPorts, labelsOnLabels } from './pages/labelOverlaps';
import { shopIngress, shopPod } from './shopManifests';

// cartservice and redis-cart side by side, 40 px apart (cards are 236 px wide).
const SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    netpol-canvas.dev/position: "0,0"
${shopPod('frontend', '24,64')}${shopPod('checkoutservice', '24,300')}${shopPod('cartservice', '340,180')}${shopPod('redis-cart', '616,180')}${shopIngress('cartservice', ['frontend', 'checkoutservice'], 7070)}${shopIngress('redis-cart', ['cartservice'], 6379)}`;

async function present(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
}

const SIZES = [
  [1440, 900, false],
  [1280, 720, false],
  [1920, 1080, true],
] as const;

for (const [width, height, presented] of SIZES) {
  const how = `${String(width)}×${String(height)}${presented ? ', presented' : ''}`;

  test.describe(`a shop’s cart and its redis side by side, at ${how}`, () => {
    test.use({ viewport: { width, height } });

    test.beforeEach(async ({ page, canvas, toolbar }) => {
      await page.goto('/');
      await expect(canvas.root).toBeVisible();
      await toolbar.openYamlFile('shop.yaml', SHOP);
      await expect(page.getByRole('status')).toContainText('2 policies', { timeout: 30_000 });
      await canvas.settledBox(canvas.namespace('shop'));
      if (presented) await present(page);
    });

    test('redis-cart picked, its line from cartservice says TCP 6379 on no card', async ({
      page,
      canvas,
    }) => {
      const label = canvas.lineLabel('shop/cartservice', 'shop/redis-cart');
      // Unpicked, the line has no room for its label on it: none, or one on a leader off the cards.
      if (await label.isVisible()) await expect(label).toHaveText('TCP 6379');
      await canvas.workload('shop/redis-cart').click({ position: { x: 30, y: 12 } });
      // 40 px between the cards: no spot off them. The Inspector says it; the canvas lays no
      // label on a card (held-200's picked cache-136 had one over app-2-worker-180).
      const from = page.getByRole('region', { name: 'Accepts connections from' });
      await expect(from.getByRole('button', { name: /shop\/cartservice/ })).toHaveText(
        'shop/cartservice TCP 6379',
      );
      if (await label.isVisible()) await expect(label).toHaveText('TCP 6379');
      await expect.poll(() => canvas.labelsAstray()).toEqual([]);
      expect(await labelsOnLabels(canvas)).toEqual([]);
    });

    test('cartservice picked, each of its lines with room says its port, on no card', async ({
      canvas,
    }) => {
      await canvas.workload('shop/cartservice').click({ position: { x: 30, y: 12 } });
      for (const [from, to, port] of [
        ['shop/frontend', 'shop/cartservice', 'TCP 7070'],
        ['shop/checkoutservice', 'shop/cartservice', 'TCP 7070'],
      ] as const) {
        const label = canvas.lineLabel(from, to);
        await expect(label, `${from} → ${to}`).toHaveText(port, { timeout: 10_000 });
        await expect(label, `${from} → ${to}`).toBeVisible();
      }
      await expect.poll(() => canvas.labelsAstray()).toEqual([]);
      expect(await labelsOnLabels(canvas)).toEqual([]);
    });
  });

  test.describe(`Online Boutique from a live cluster, at ${how}`, () => {
    // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
    // from there, never copied into the repository.
    test.skip(!hasBoutique, NO_CORPUS);
    test.use({ viewport: { width, height } });

    test('a picked workload’s lines say their ports, on no card name, no label on another', async ({
      page,
      canvas,
      toolbar,
    }) => {
      await openBoutique({ page, canvas, toolbar });
      if (presented) await present(page);
      // checkoutservice: "who reaches it, and whom does it reach, on what port?" frontend's line
      // to it, between cards packed close, finds a spot off them (in two lines, or by its end).
      const checkout = 'onlineboutique/checkoutservice';
      await canvas.workload(checkout).click({ position: { x: 30, y: 12 }, force: true });
      await expectLinesSayPorts(canvas, 'onlineboutique', [
        ['frontend', 'checkoutservice', 'TCP 5050'],
        ['checkoutservice', 'cartservice', 'TCP 7070'],
        ['checkoutservice', 'productcatalogservice', 'TCP 3550'],
      ]);
    });
  });
}
