/**
 * Names a person reads whole, on the three-tier example and on a generated cluster with many
 * findings: every side-panel tab, the matrix's heading of the endpoints outside the cluster,
 * and the IP blocks that differ only in their `except`.
 */
import type { Locator, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { zoomBandOf } from '../src/canvas/zoomBand';
import { expect, test } from './fixtures';
import { Canvas } from './pages/Canvas';

const SIZES = [
  [1280, 720],
  [1440, 900],
  [1920, 1080],
] as const;

/** Whether `inner` lies inside `outer`'s box and its text is not clipped. */
async function readsWhole(inner: Locator, outer: Locator): Promise<boolean> {
  const box = await outer.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  return inner.evaluate((el, o) => {
    const b = el.getBoundingClientRect();
    const inside =
      b.left >= o.left - 0.5 &&
      b.right <= o.right + 0.5 &&
      b.top >= o.top - 0.5 &&
      b.bottom <= o.bottom + 0.5;
    return inside && el.scrollWidth <= el.clientWidth;
  }, box);
}

/**
 * Whether a name goes onto a new line only between its words: after a hyphen, dot or
 * underscore, or where the card allows it between two words (a `<wbr>`), never inside a word.
 */
async function wordsUnbroken(text: Locator): Promise<boolean> {
  return text.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const chars = node.textContent ?? '';
      let top: number | null = null;
      for (let i = 0; i < chars.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const now = Math.round(range.getBoundingClientRect().top);
        if (top !== null && now !== top && !/[-._]/.test(chars[i - 1] ?? '')) return false;
        top = now;
      }
    }
    return true;
  });
}

/** The canvas's zoom (its viewport's scale), and the band its root says it draws. */
async function zoomState(flow: Locator): Promise<{ zoom: number; band: string }> {
  return flow.evaluate((el) => {
    const viewport = el.querySelector('.react-flow__viewport');
    const zoom = viewport === null ? NaN : new DOMMatrix(getComputedStyle(viewport).transform).a;
    return { zoom, band: el.getAttribute('data-zoom-band') ?? '' };
  });
}

/**
 * Clicks a zoom control of the canvas and waits until the view it asks for is drawn: `drawn`
 * says so from the zoom before and after, and the root's band is that of the zoom; the band.
 */
async function zoomWith(
  control: Locator,
  presenting: boolean,
  drawn: (before: number, after: number) => Promise<boolean> | boolean,
): Promise<string> {
  const flow = control.page().locator('.react-flow');
  const before = (await zoomState(flow)).zoom;
  await control.click();
  let band = '';
  await expect
    .poll(async () => {
      const now = await zoomState(flow);
      const ok = await drawn(before, now.zoom);
      // The view may have moved between the two reads (Fit View landing under load): the band
      // seen must be that of the view `drawn` judged, or a fitted view was taken for the zoom
      // it left.
      const still = await zoomState(flow);
      band = still.band;
      return ok && still.zoom === now.zoom && still.band === zoomBandOf(still.zoom, presenting);
    })
    .toBe(true);
  return band;
}

/**
 * At 1440 and 1920: fits the view, zooms in `zoomIn` steps, then zooms out step by step down to
 * names only, running `check` once in each zoom band it passes; returns the bands seen per size.
 */
async function eachZoomBand(
  page: Page,
  zoomIn: number,
  check: (band: string, width: number) => Promise<void>,
  presenting = false,
): Promise<string[][]> {
  const canvas = page.getByRole('main', { name: 'Canvas' });
  const moved = (before: number, after: number) => after !== before;
  const bands: string[][] = [];
  for (const [width, height] of SIZES.slice(1)) {
    await page.setViewportSize({ width, height });
    const fit = canvas.getByRole('button', { name: 'Fit View' });
    let band = await zoomWith(fit, presenting, () => new Canvas(page).fitted());
    for (let i = 0; i < zoomIn; i++) {
      band = await zoomWith(canvas.getByRole('button', { name: 'Zoom In' }), presenting, moved);
    }
    const seen = new Set<string>();
    for (let step = 0; step < 12 + zoomIn; step++) {
      if (!seen.has(band)) {
        seen.add(band);
        await check(band, width);
      }
      if (seen.has('names')) break;
      band = await zoomWith(canvas.getByRole('button', { name: 'Zoom Out' }), presenting, moved);
    }
    bands.push([...seen]);
  }
  return bands;
}

async function expectTabsWhole(page: Page): Promise<void> {
  const strip = page.getByRole('tablist', { name: 'Panels' });
  await expect(strip.getByRole('tab', { name: 'Traffic table' })).toBeVisible();
  const tabs = strip.getByRole('tab');
  await expect.poll(() => tabs.count()).toBeGreaterThanOrEqual(6);
  // The row is laid out again after a resize or a new tab: each tab reads whole once it settles.
  for (const tab of await tabs.all()) {
    await expect.poll(() => readsWhole(tab, strip), await tab.innerText()).toBe(true);
  }
}

test.describe('the side panel tabs', () => {
  test('every tab reads whole with many findings, at 1280, 1440 and 1920', async ({
    page,
    toolbar,
    compare,
  }) => {
    test.setTimeout(120_000);
    const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 20, seed: 2 });
    await page.goto('/?fixture=three-tier');
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expectTabsWhole(page);
    }
    await toolbar.openYamlFile('cluster.yaml', serializeDocument(doc));
    // 1,000 workloads: on a loaded machine the import and the worker's findings take more than
    // the 5 s an expectation waits by default (it failed 3 of 3 runs at load 15).
    await expect(page.getByRole('status')).toContainText('Imported cluster.yaml', {
      timeout: 30_000,
    });
    await expect(page.getByRole('tab', { name: /^Findings \(\d{3}\)$/ })).toBeVisible({
      timeout: 30_000,
    });
    // A comparison adds its tab at the head of the row.
    await compare.withLastSaved();
    await expect(page.getByRole('tab', { name: 'Comparison' })).toBeVisible();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await expectTabsWhole(page);
      await page.screenshot({ path: `test-results/side-tabs-${String(width)}.png` });
    }
    await page.getByRole('tab', { name: 'Traffic table' }).click();
    await expect(page.getByRole('tab', { name: 'Traffic table' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});

/**
 * The cells of `panel` that do not read whole in it, with why: pushed out of sight to the right
 * (the panel scrolls down, not across), or a word whose letters do not all sit on one line
 * (`app-productcatalogservic|e`). A line may break after a hyphen, slash, dot or space, and where
 * the page offers it (a `<wbr>` between two of a name's words, `product|catalog|service`, as on a
 * card). One look at the page for every cell: a table of many cells checked one by one outlasted
 * the test's time on a loaded machine.
 */
async function cellsNotWhole(panel: Locator): Promise<string[]> {
  return panel
    .getByRole('row')
    .locator('th, td')
    .evaluateAll((cells) => {
      const brokenWords = (el: Element): string[] => {
        const letters: { char: string; top: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          letters.push({ char: ' ', top: 0 });
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            letters.push({
              char: text.charAt(i),
              top: Math.round(range.getBoundingClientRect().top),
            });
          }
        }
        const broken: string[] = [];
        let word = '';
        let top: number | null = null;
        let split = false;
        for (const { char, top: at } of [...letters, { char: ' ', top: 0 }]) {
          if (/[\s\-/._]/.test(char)) {
            if (split) broken.push(word);
            word = '';
            top = null;
            split = false;
            continue;
          }
          split ||= top !== null && at !== top;
          top = at;
          word += char;
        }
        return broken;
      };
      const out: string[] = [];
      for (const el of cells) {
        const text = el instanceof HTMLElement ? el.innerText : el.textContent;
        const o = el.closest('section')?.getBoundingClientRect();
        const b = el.getBoundingClientRect();
        const across = o !== undefined && b.left >= o.left - 0.5 && b.right <= o.right + 0.5;
        if (!across || el.scrollWidth > el.clientWidth) out.push(`${text}: out of the panel`);
        for (const word of brokenWords(el)) out.push(`${text}: ${word} broken`);
      }
      return out;
    });
}

test.describe('the Traffic table', () => {
  test('fits the side panel with long names, at 1280, 1440 and 1920', async ({ page, toolbar }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('boutique.yaml', boutiqueYaml());
    await expect(page.getByRole('status')).toContainText('Imported boutique.yaml');
    await page.getByRole('tab', { name: 'Traffic table' }).click();
    const panel = page.getByRole('region', { name: 'Traffic table' });
    const meaning = panel.getByRole('cell', { name: /reaches productcatalogservice$/ });
    await expect(meaning.first()).toBeVisible();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // Every name and every sentence within the panel's width, and a name reads whole: a line
      // breaks between its words, never inside one.
      await expect.poll(() => cellsNotWhole(panel), `at ${String(width)}`).toEqual([]);
      await page.screenshot({ path: `test-results/traffic-table-${String(width)}.png` });
    }
  });
});

test.describe('the matrix heading of the endpoints outside the cluster', () => {
  test('reads whole, not only on hover', async ({ page, matrix }) => {
    await page.goto('/?fixture=three-tier');
    await matrix.open();
    const heading = matrix.table.getByRole('rowheader', {
      name: 'outside the cluster: 1 endpoint',
    });
    await expect(heading).toBeVisible();
    // The view's own two tabs stay on one row beside the matrix's tools.
    const views = page.getByRole('tablist', { name: 'View' });
    for (const tab of await views.getByRole('tab').all()) {
      expect(await readsWhole(tab, views)).toBe(true);
    }
    const [canvasTab, matrixTab] = await views.getByRole('tab').all();
    expect((await canvasTab?.boundingBox())?.y).toBe((await matrixTab?.boundingBox())?.y);
    for (const words of ['outside the cluster', '1 endpoint']) {
      const text = heading.getByText(words, { exact: true });
      expect(await readsWhole(text, matrix.root), words).toBe(true);
      // Painted where it lies, not clipped away under the row's band.
      const seen = await text.evaluate((el) => {
        const b = el.getBoundingClientRect();
        const hit = document.elementFromPoint(b.right - 2, b.top + b.height / 2);
        return hit !== null && el.contains(hit);
      });
      expect(seen, words).toBe(true);
    }
    await page.screenshot({ path: 'test-results/matrix-outside-heading.png' });
  });
});

const TWO_EXCEPTS = `
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: api, image: nginx}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.1.0/24]}}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.2.0/24]}}]
  - from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 172.16.0.0/12]}}]
`;

const FOUR_EXCEPTS = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.2.0.0/16, 10.3.128.0/17, 10.250.0.0/24]}}]
`;

test.describe('IP blocks of one range with different exceptions', () => {
  test('read whole at every zoom band, every exception listed at full zoom', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('excepts.yaml', `${TWO_EXCEPTS}${FOUR_EXCEPTS}`);
    await expect(page.getByRole('status')).toContainText('Imported excepts.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const cards = canvas.locator('.nc-virtual');
    await expect(cards).toHaveCount(4);
    const check = (mode: string) => async (band: string, width: number) => {
      for (const card of await cards.all()) {
        const name = card.locator('.nc-node-name');
        const where = `${await name.innerText()} at ${String(width)}, ${band}${mode}`;
        const lines = await name.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
        expect(lines && (await readsWhole(name, card)), where).toBe(true);
        if (band === 'full') {
          const detail = card.locator('.nc-node-cidr');
          const whole = await detail.evaluate(
            (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth,
          );
          expect(whole && (await readsWhole(detail, card)), `detail of ${where}`).toBe(true);
        }
      }
      await page.screenshot({ path: `test-results/ip-blocks-${String(width)}-${band}${mode}.png` });
    };
    const bands = await eachZoomBand(page, 4, check(''));
    for (const seen of bands) expect(seen).toEqual(['full', 'compact', 'names']);
    // Presenting, names are larger: a card's two lines were wrapped and cut ("except…").
    await page.getByRole('button', { name: 'Present' }).click();
    const presented = await eachZoomBand(page, 0, check(', presenting'), true);
    for (const seen of presented) expect(seen).toEqual(['full', 'compact', 'names']);
  });

  test('are named apart on the canvas', async ({ page, toolbar }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('excepts.yaml', TWO_EXCEPTS);
    await expect(page.getByRole('status')).toContainText('Imported excepts.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    for (const name of [
      '10.0.0.0/8 except 10.0.1.0/24, IP block',
      '10.0.0.0/8 except 10.0.2.0/24, IP block',
      '0.0.0.0/0 except 2 ranges, IP block except 10.0.0.0/8, 172.16.0.0/12',
    ]) {
      const block = canvas.getByRole('group', { name, exact: true });
      await expect(block).toBeVisible();
      const title = name.split(',')[0] ?? '';
      const text = block.getByText(title, { exact: true });
      await expect(text).toBeVisible();
      expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), title).toBe(true);
    }
    await page.screenshot({ path: 'test-results/ip-block-excepts.png' });
  });
});

/** A Deployment of pods labelled `app: <name>`, listening on `port`. */
function deploymentYaml(name: string, namespace: string, port: number): string {
  return `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: ${String(port)}}]}]}`;
}

/** Online Boutique's Deployments (one long word each) and the policies between them. */
function boutiqueYaml(): string {
  const apps = [
    ['frontend', 8080],
    ['productcatalogservice', 3550],
    ['recommendationservice', 8080],
    ['checkoutservice', 5050],
    ['ingress-nginx-controller', 80],
  ] as const;
  const deployments = apps.map(([name, port]) => deploymentYaml(name, 'onlineboutique', port));
  const policies = apps.map(
    ([name]) => `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: onlineboutique}
spec:
  podSelector: {matchLabels: {app: ${name}}}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{podSelector: {}}]}]
  egress: [{to: [{podSelector: {}}]}]`,
  );
  return [...deployments, ...policies].join('\n');
}

/** A folder of policies (pods inferred, named after their selectors) and long workload names. */
function longNamesYaml(): string {
  const services = ['frontend', 'cartservice', 'currencyservice', 'paymentservice'];
  const more = ['productcatalogservice', 'recommendationservice', 'checkoutservice'];
  const policies = [...services, ...more].map(
    (app) => `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${app}, namespace: onlineboutique}
spec:
  podSelector: {matchLabels: {service: ${app}}}
  ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}]}]`,
  );
  const deployments = [
    'prometheus-kube-prometheus-stack-operator-server',
    'payment-gateway-adapter-for-external-card-processor',
    'recommendationservice',
    'prometheus-k8s',
  ].map((name) => deploymentYaml(name, 'platform', 8080));
  // A Service adds a line to its card.
  const service = `---
apiVersion: v1
kind: Service
metadata: {name: prometheus-operated, namespace: platform}
spec:
  selector: {app: prometheus-kube-prometheus-stack-operator-server}
  ports: [{port: 80, targetPort: 8080}]`;
  return [...policies, ...deployments, service].join('\n');
}

/**
 * Whether every row of `card` on show (name and kind, labels, ports, Services, badges) is drawn
 * whole inside it, none squeezed under or over another; a list of what is not, else empty.
 */
async function rowsCrowded(card: Locator): Promise<string[]> {
  return card.evaluate((el) => {
    const inside = el.getBoundingClientRect();
    const rows = [...el.children].filter((row) => {
      const style = getComputedStyle(row);
      return style.display !== 'none' && style.position === 'static';
    });
    const crowded: string[] = [];
    let above = inside.top;
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      const text = row.textContent;
      if (row.scrollHeight > row.clientHeight + 1) crowded.push(`${text}: cut`);
      if (box.top < above - 1) crowded.push(`${text}: over the row above`);
      if (box.bottom > inside.bottom + 1) crowded.push(`${text}: below the card`);
      above = box.bottom;
    }
    return crowded;
  });
}

test.describe('long workload names', () => {
  test('read whole, no word broken, on their cards at every zoom band, at 1440 and 1920', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('boutique.yaml', longNamesYaml());
    await expect(page.getByRole('status')).toContainText('Imported boutique.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const names = [
      // Inferred, named after a label that does not name the pods: its key stays.
      'service-recommendationservice',
      'service-productcatalogservice',
      'service-currencyservice',
      'prometheus-kube-prometheus-stack-operator-server',
      'payment-gateway-adapter-for-external-card-processor',
      // As Online Boutique names its Deployments: one long word.
      'recommendationservice',
      // Its hyphen ends the first line, not starts the second.
      'prometheus-k8s',
    ];
    const card = (name: string) =>
      canvas.getByRole('group', {
        name: new RegExp(`^(Inferred workload|Workload) [a-z]+/${name}\\b`),
      });
    await expect(card(names[0] ?? '')).toBeVisible();
    // Fitted and zoomed in to full detail, then out step by step through the bands to names only.
    const bands = await eachZoomBand(page, 2, async (band, width) => {
      for (const name of names) {
        expect(
          await rowsCrowded(card(name)),
          `${name}'s rows at ${String(width)}, ${band}`,
        ).toEqual([]);
        const text = card(name).getByText(name, { exact: true });
        const whole = await text.evaluate(
          (el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1.5,
        );
        expect(whole, `${name} at ${String(width)}, ${band}`).toBe(true);
        expect(await wordsUnbroken(text), `${name}'s words at ${String(width)}, ${band}`).toBe(
          true,
        );
      }
      await page.screenshot({ path: `test-results/long-names-${String(width)}-${band}.png` });
    });
    for (const seen of bands) expect(seen).toEqual(['full', 'compact', 'names']);
  });
});

/** Namespaces of long names, each with one workload: boxes one card wide. */
function longNamespacesYaml(names: readonly string[]): string {
  return names
    .map(
      (ns, i) => `---
apiVersion: v1
kind: Pod
metadata: {name: app-${String(i)}, namespace: ${ns}, labels: {app: a${String(i)}}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}`,
    )
    .join('\n');
}

test.describe('long namespace names', () => {
  test('read whole in open and collapsed boxes at every zoom band, at 1440 and 1920', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(120_000);
    const names = [
      'payments-reconciliation-prod',
      'shared-message-queue-cluster',
      'kubernetes-dashboard',
      'kube-system',
      // Wide letters (m, b, d, g, o): wider than an average character of the card's font.
      'mongodb-memcached',
    ];
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('namespaces.yaml', longNamespacesYaml(names));
    await expect(page.getByRole('status')).toContainText('Imported namespaces.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const box = (name: string) => canvas.getByRole('group', { name: `Namespace ${name}` });
    for (const state of ['open', 'collapsed'] as const) {
      if (state === 'collapsed') await canvas.getByRole('button', { name: 'Collapse all' }).click();
      await expect(box(names[0] ?? '')).toBeVisible();
      const bands = await eachZoomBand(page, 0, async (band, width) => {
        for (const name of names) {
          const text = box(name).locator('.nc-namespace-head').getByText(name, { exact: true });
          const where = `${name}, ${state}, at ${String(width)}, ${band}`;
          // A box just laid out (or resized to the window) takes a frame or two to settle.
          await expect.poll(() => readsWhole(text, box(name)), { message: where }).toBe(true);
        }
        await page.screenshot({
          path: `test-results/long-namespaces-${state}-${String(width)}-${band}.png`,
        });
      });
      for (const seen of bands) expect(seen).toEqual(expect.arrayContaining(['compact', 'names']));
    }
  });
});

test.describe('collapsed namespace boxes', () => {
  test('say what they hold and the lines inside whole, at 1280, 1440 and 1920', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 10, seed: 19 });
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('cluster.yaml', serializeDocument(doc));
    await expect(page.getByRole('status')).toContainText('Imported cluster.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    // The 10 namespaces, and the group outside the cluster, collapsed as they are.
    const boxes = canvas.locator('.nc-namespace.is-collapsed');
    await expect(boxes).toHaveCount(11);
    // "20 workloads · 10 policies" and "12 connections, 12 blocked inside" were cut beside the
    // Expand button ("10 polic…", "8 blocked i…").
    await expect(canvas.getByText('12 connections inside 12 blocked')).toBeVisible();
    let insides = 0;
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      const fit = canvas.getByRole('button', { name: 'Fit View' });
      await zoomWith(fit, false, () => new Canvas(page).fitted());
      for (const box of await boxes.all()) {
        for (const part of ['.nc-namespace-count', '.nc-namespace-inside']) {
          const text = box.locator(part);
          // Zoomed out to names only, the lines inside are not drawn.
          if (!(await text.isVisible())) continue;
          if (part === '.nc-namespace-inside') insides++;
          const where = `${await text.innerText()} at ${String(width)}`;
          const whole = await text.evaluate(
            (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1,
          );
          expect(whole && (await readsWhole(text, box)), where).toBe(true);
        }
      }
      await page.screenshot({ path: `test-results/collapsed-boxes-${String(width)}.png` });
    }
    expect(insides).toBeGreaterThanOrEqual(10);
  });
});

test.describe('collapsed namespace boxes, at the desk and presented', () => {
  test('say the lines inside whole where the small print is drawn, at 1280 and 1920', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(150_000);
    // ns-2 of this design has 30 connections inside, 24 blocked and 3 partly blocked: presented,
    // beside the larger Expand button, it read "30 connections, 24 blocked, 3 partly block…".
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 9 });
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('cluster.yaml', serializeDocument(doc));
    await expect(page.getByRole('status')).toContainText('namespaces collapsed', {
      timeout: 30_000,
    });
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const inside = (name: string) =>
      canvas
        .getByRole('group', { name: `Namespace ${name}`, exact: true })
        .locator('.nc-namespace-inside');
    for (const presenting of [false, true]) {
      if (presenting) await page.getByRole('button', { name: 'Present', exact: true }).click();
      for (const [width, height] of [SIZES[0], SIZES[2]]) {
        await page.setViewportSize({ width, height });
        const fit = canvas.getByRole('button', { name: 'Fit View' });
        let band = await zoomWith(fit, presenting, () => new Canvas(page).fitted());
        // Zoomed in to where a collapsed box says what is inside it.
        for (let i = 0; i < 8 && band !== 'full'; i++) {
          const zoomIn = canvas.getByRole('button', { name: 'Zoom In' });
          band = await zoomWith(zoomIn, presenting, (before, after) => after !== before);
        }
        expect(band).toBe('full');
        const where = `${presenting ? 'presented' : 'at the desk'} at ${String(width)}`;
        await expect(inside('ns-2'), where).toBeVisible();
        await expect(inside('ns-2')).toContainText('3 partly');
        for (const text of await canvas.locator('.nc-namespace-inside').all()) {
          if (!(await text.isVisible())) continue;
          const whole = await text.evaluate(
            (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1,
          );
          expect(whole, `${await text.innerText()}, ${where}`).toBe(true);
        }
        await page.screenshot({
          path: `test-results/collapsed-inside-${presenting ? 'presented' : 'desk'}-${String(width)}.png`,
        });
      }
    }
  });
});

test.describe('a namespace of inferred pods', () => {
  test('reads its name whole beside its inferred tag at every zoom band, at the desk and presented', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(120_000);
    // Recipe 05 of kubernetes-network-policy-recipes: one policy, no pods, a box one card wide
    // whose header read "d… pods infe…".
    const policyOnly = `kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {namespace: default, name: web-allow-all-namespaces}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{namespaceSelector: {}}]}]
`;
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('recipe-05.yaml', policyOnly);
    await expect(page.getByRole('status')).toContainText('Imported recipe-05.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const box = canvas.getByRole('group', { name: 'Namespace default', exact: true });
    await expect(box.getByText('pods inferred from policies')).toBeVisible();
    const name = box.locator('.nc-namespace-head').getByText('default', { exact: true });
    const check = (how: string) => async (band: string, width: number) => {
      const where = `default${how} at ${String(width)}, ${band}`;
      await expect.poll(() => readsWhole(name, box), { message: where }).toBe(true);
      await page.screenshot({
        path: `test-results/inferred-namespace-${String(width)}-${band}${how}.png`,
      });
    };
    // One box: fitted, it is drawn at full zoom (near the most the canvas zooms in).
    const editing = await eachZoomBand(page, 0, check(''));
    for (const seen of editing) expect(seen).toEqual(['full', 'compact', 'names']);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    const presented = await eachZoomBand(page, 0, check(', presenting'), true);
    for (const seen of presented) expect(seen).toEqual(expect.arrayContaining(['full', 'names']));
  });
});

test.describe('workload cards presented', () => {
  test('hold their rows at every zoom band, at 1440 and 1920', async ({ page, toolbar }) => {
    test.setTimeout(120_000);
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('boutique.yaml', longNamesYaml());
    await expect(page.getByRole('status')).toContainText('Imported boutique.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const cards = canvas.getByRole('group', { name: /^(Inferred workload|Workload) / });
    await expect(cards.first()).toBeVisible();
    await page.getByRole('button', { name: 'Present' }).click();
    // Presented type is larger than the desk's the cards were sized for: the badge row of a card
    // with a long name was cut at the bottom.
    const bands = await eachZoomBand(
      page,
      4,
      async (band, width) => {
        for (const card of await cards.all()) {
          const where = `${(await card.getAttribute('aria-label')) ?? ''} at ${String(width)}, ${band}`;
          await expect.poll(() => rowsCrowded(card), { message: where }).toEqual([]);
          // The name whole too: "app-recommen…" at the compact band.
          const whole = await card
            .locator('.nc-node-name')
            .evaluate(
              (el) =>
                el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1.5,
            );
          expect(whole, `the name of ${where}`).toBe(true);
        }
        await page.screenshot({
          path: `test-results/presented-cards-${String(width)}-${band}.png`,
        });
      },
      true,
    );
    for (const seen of bands) expect(seen).toEqual(['full', 'compact', 'names']);
  });
});

/**
 * Where `card`'s name is drawn, against the card and the name's own lines (at most three, the
 * last ending in "…" when cut): `whole`, every line of it lies inside both; `spills`, some of
 * what is drawn (the text, less what the name's or the card's clip hides) lies outside them, a
 * line beyond the third under the "…" or below the card.
 */
async function nameOnCard(card: Locator): Promise<{ whole: boolean; spills: boolean }> {
  return card.evaluate((el) => {
    const name = el.querySelector('.nc-node-name');
    if (name === null) return { whole: false, spills: true };
    const range = document.createRange();
    range.selectNodeContents(name);
    const boxes = [el.getBoundingClientRect(), name.getBoundingClientRect()];
    // A line's glyph box stands a little above and below its line (a line height of 1.1 em).
    const inCard = (r: DOMRect) =>
      boxes.every(
        (box) =>
          r.left >= box.left - 0.5 &&
          r.right <= box.right + 0.5 &&
          r.top >= box.top - r.height * 0.08 &&
          r.bottom <= box.bottom + r.height * 0.08,
      );
    const clips = [name, el]
      .filter((e) => getComputedStyle(e).overflow !== 'visible')
      .map((e) => e.getBoundingClientRect());
    const drawn = [...range.getClientRects()].map((r) => {
      const left = Math.max(r.left, ...clips.map((c) => c.left));
      const top = Math.max(r.top, ...clips.map((c) => c.top));
      const right = Math.min(r.right, ...clips.map((c) => c.right));
      const bottom = Math.min(r.bottom, ...clips.map((c) => c.bottom));
      return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    });
    return {
      whole: [...range.getClientRects()].every(inCard),
      spills: drawn.some((r) => r.width > 0 && r.height > 0 && !inCard(r)),
    };
  });
}

test.describe('workload names zoomed out to names', () => {
  test('read inside their cards, a long one never spilling out, at the desk and presented', async ({
    page,
    toolbar,
  }) => {
    test.setTimeout(120_000);
    const names = [
      // Its words break "app-3- | worker-999": two lines only if drawn smaller than its length says.
      'app-3-worker-999',
      'app-6-cache-123',
      'payment-gateway-adapter-for-external-card-processor',
      'web',
    ];
    // Four words, each more than half the card's width at its size: more lines than are drawn.
    const tooLong = 'abcdefghijklmn-abcdefghijklmn-abcdefghijklmn-abcdefghijklmn';
    const yaml = [...names, tooLong].map((name) => deploymentYaml(name, 'shop', 8080)).join('\n');
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('names.yaml', yaml);
    await expect(page.getByRole('status')).toContainText('Imported names.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const card = (name: string) => canvas.getByRole('group', { name: `Workload shop/${name}` });
    await expect(card(tooLong)).toBeVisible();
    const check = (mode: string) => async (band: string, width: number) => {
      if (band !== 'names') return;
      for (const name of [...names, tooLong]) {
        const where = `${name} at ${String(width)}${mode}`;
        const drawn = await nameOnCard(card(name));
        expect(drawn.spills, `${where}: drawn outside its card`).toBe(false);
        if (name !== tooLong) expect(drawn.whole, `${where}: cut`).toBe(true);
      }
      await page.screenshot({ path: `test-results/names-band-${String(width)}${mode}.png` });
    };
    for (const seen of await eachZoomBand(page, 0, check(''))) expect(seen).toContain('names');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    for (const seen of await eachZoomBand(page, 0, check('-presenting'), true)) {
      expect(seen).toContain('names');
    }
  });
});
