/**
 * "Can frontend reach checkoutservice, and on what port?" read from the canvas with nothing
 * picked: every line says its port, a short one between two cards in neighbouring columns too
 * (the layout leaves 72 px between them, narrower than "TCP 50051" written on one line: such a
 * line had no label until the pointer was on it). No label lies on a card or on another label.
 * A small shop written here, laid out by the app; and real manifests read from
 * `../shared/corpus/real`, skipped where that is absent.
 */
import { hasBoutique, hasCorpusFile, NO_CORPUS, openBoutique, openCorpusFile } from './corpus';
import { expect, test } from './fixtures';
import { expectLinesSayPorts, labelsOnLabels } from './pages/labelOverlaps';
import { shopIngress, shopPod } from './shopManifests';
import type { Canvas } from './pages/Canvas';

// A chain, one column each: every line runs between two cards in neighbouring columns.
const SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
${shopPod('loadgenerator')}${shopPod('frontend')}${shopPod('checkoutservice')}${shopPod('paymentservice')}${shopIngress('frontend', ['loadgenerator'], 8080)}${shopIngress('checkoutservice', ['frontend'], 5050)}${shopIngress('paymentservice', ['checkoutservice'], 50051)}`;

/** Each of the `lines` on show says its port, no other line is, no label on a card or another. */
async function everyLineSaysItsPort(canvas: Canvas, lines: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const shown = Object.entries(await canvas.linesLabelled());
        return { lines: shown.length, unlabelled: shown.filter(([, l]) => !l).map(([id]) => id) };
      },
      { timeout: 10_000 },
    )
    .toEqual({ lines, unlabelled: [] });
  await expect.poll(() => canvas.labelsAstray()).toEqual([]);
  expect(await labelsOnLabels(canvas)).toEqual([]);
}

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

for (const [width, height] of SIZES) {
  test.describe(`at ${String(width)}×${String(height)}`, () => {
    test.use({ viewport: { width, height } });

    test('a chain of four in neighbouring columns: each line says its port', async ({
      page,
      canvas,
      toolbar,
    }) => {
      await page.goto('/');
      await expect(canvas.root).toBeVisible();
      await toolbar.openYamlFile('shop.yaml', SHOP);
      await expect(page.getByRole('status')).toContainText('3 policies', { timeout: 30_000 });
      await canvas.settledBox(canvas.namespace('shop'));
      for (const [from, to, port] of [
        ['shop/loadgenerator', 'shop/frontend', 'TCP 8080'],
        ['shop/frontend', 'shop/checkoutservice', 'TCP 5050'],
        ['shop/checkoutservice', 'shop/paymentservice', 'TCP 50051'],
      ] as const) {
        const label = canvas.lineLabel(from, to);
        await expect(label, `${from} → ${to}`).toHaveText(port, { timeout: 10_000 });
        await expect(label, `${from} → ${to}`).toBeVisible();
      }
      await everyLineSaysItsPort(canvas, 3);
    });
  });
}

/** Real manifests, each at the size it was judged at: every line says its port. */
const REAL = [
  ['kube-prometheus-prometheus-k8s.yaml', '1 policy', 'monitoring', 1920, 1080, 4],
  ['argocd-redis-network-policy.yaml', '1 policy', 'default', 1440, 900, 3],
] as const;

for (const [name, policies, namespace, width, height, lines] of REAL) {
  test.describe(`${name} at ${String(width)}×${String(height)}`, () => {
    // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
    // from there, never copied into the repository.
    test.skip(!hasCorpusFile(name), NO_CORPUS);
    test.use({ viewport: { width, height } });

    test('every line says its port, nothing picked', async ({ page, canvas, toolbar }) => {
      await openCorpusFile({ page, canvas, toolbar }, name, policies, namespace);
      await everyLineSaysItsPort(canvas, lines);
    });
  });
}

test.describe('Online Boutique from a live cluster fitted at 1280×720, zoomed out', () => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasBoutique, NO_CORPUS);
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the lines between neighbouring columns say their ports in 20 px labels', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await openBoutique({ page, canvas, toolbar });
    await expect.poll(() => canvas.fitted()).toBe(true);
    // Labels drawn 20 px (the compact band), "TCP" over "50051" between two columns.
    expect(await canvas.zoom()).toBeLessThan(0.6);
    await expectLinesSayPorts(canvas, 'onlineboutique', [
      ['loadgenerator', 'frontend', 'TCP 8080'],
      ['frontend', 'checkoutservice', 'TCP 5050'],
      ['checkoutservice', 'paymentservice', 'TCP 50051'],
      ['checkoutservice', 'shippingservice', 'TCP 50051'],
    ]);
  });
});

test.describe('Online Boutique from a live cluster at 1440×900', () => {
  // Skipped where ../shared/corpus/real is absent (a bare clone): the real manifests are read
  // from there, never copied into the repository.
  test.skip(!hasBoutique, NO_CORPUS);
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the lines between neighbouring columns say their ports', async ({
    page,
    canvas,
    toolbar,
  }) => {
    await openBoutique({ page, canvas, toolbar });
    await expectLinesSayPorts(canvas, 'onlineboutique', [
      ['loadgenerator', 'frontend', 'TCP 8080'],
      ['frontend', 'checkoutservice', 'TCP 5050'],
      ['checkoutservice', 'paymentservice', 'TCP 50051'],
    ]);
  });
});
