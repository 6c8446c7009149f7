/**
 * A file opened after another is laid out as on a fresh page: the places of the design it
 * replaces do not carry over to nodes of the same name. Opening 24 real manifests after a
 * 200-workload design put their kube-system box where the other design's had been, over two
 * other namespaces' boxes.
 */
import { docOf, namespaceOf, podOf, policyOf } from '../src/engine/__fixtures__/docBuilder';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import { Canvas } from './pages/Canvas';
import { Toolbar } from './pages/Toolbar';

const LARGE = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 57 });

const SMALL = docOf({
  namespaces: [namespaceOf('kube-system'), namespaceOf('shop'), namespaceOf('ops')],
  workloads: [
    podOf('shop/frontend', { app: 'frontend' }),
    podOf('shop/cart', { app: 'cart' }),
    podOf('ops/backup', { app: 'backup' }),
  ],
  policies: [
    // kube-system holds no pods: its cards are inferred from this policy, as in a folder of
    // policies.
    policyOf('kube-system/dns', {
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: {} }] }],
    }),
    policyOf('shop/cart', {
      podSelector: { matchLabels: { app: 'cart' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }] }],
    }),
  ],
});

const NAMESPACES = ['kube-system', 'shop', 'ops'];

/** Where each namespace's box lies on screen, once laid out and framed. */
async function boxes(canvas: Canvas): Promise<string[]> {
  await expect(canvas.namespace('kube-system')).toBeVisible({ timeout: 30_000 });
  await canvas.laidOut();
  const out: string[] = [];
  for (const name of NAMESPACES) {
    const box = await canvas.settledBox(canvas.namespace(name));
    out.push(`${name} ${String(Math.round(box.x))},${String(Math.round(box.y))}`);
  }
  return out;
}

test('a file opened after another is laid out as on a fresh page', async ({
  browser,
  page,
  canvas,
  toolbar,
  statusLine,
}) => {
  test.setTimeout(90_000);
  // On a page of its own (its own storage): the design's layout when nothing came before it.
  await page.goto('/');
  const fresh = await browser.newContext({ viewport: page.viewportSize() });
  const first = await fresh.newPage();
  await first.goto(page.url());
  await new Toolbar(first).openDesign('small.yaml', SMALL);
  const alone = await boxes(new Canvas(first));
  await fresh.close();

  await toolbar.openDesign('large.yaml', LARGE);
  await expect(statusLine.line).toContainText('Imported large.yaml', { timeout: 30_000 });
  await canvas.laidOut();
  await toolbar.openDesign('small.yaml', SMALL);
  await expect(statusLine.line).toContainText('Imported small.yaml');
  await expect(canvas.namespace('ns-10')).toHaveCount(0);
  expect(await boxes(canvas)).toEqual(alone);
  await page.screenshot({ path: 'test-results/open-after-open.png' });
});
