import { docOf, namespaceOf, podOf } from '../src/engine/__fixtures__/docBuilder';
import { expect, test } from './fixtures';

test.describe('when the reachability matrix of the three-tier example is open', () => {
  test.beforeEach(async ({ page, matrix }) => {
    await page.goto('/?fixture=three-tier');
    await matrix.open();
  });

  test('says web reaches no port of db, prod api every port, with a legend', async ({
    page,
    matrix,
  }) => {
    await expect(matrix.switchTo).toHaveAttribute('aria-selected', 'true');
    await expect(matrix.cell('prod/web', 'prod/db')).toHaveText('✕');
    await expect(matrix.cell('prod/api', 'prod/db')).toHaveText('✓');
    await expect(matrix.cell('dev/api', 'prod/db')).toHaveText('✕');
    await expect(matrix.cell('backup-server', 'prod/db')).toHaveText('✓');
    await expect(matrix.cell('prod/db', 'backup-server')).toHaveText('✓');
    await expect(matrix.cell('prod/db', 'prod/db')).toHaveText('·');
    await expect(
      matrix.table.getByRole('gridcell', { name: /^prod\/web → prod\/db: / }),
    ).toHaveAccessibleName('prod/web → prod/db: no port allowed (TCP 3306 blocked)');
    await expect(matrix.legend).toContainText('every port allowed');
    await expect(matrix.legend).toContainText('no port allowed');
    const tree = await matrix.root.ariaSnapshot();
    const unnamed = tree
      .split('\n')
      .filter((l) => /^\s*- (button|combobox|tab|gridcell)\b(?! ")/.test(l));
    expect(unnamed).toEqual([]);
    await page.screenshot({ path: 'test-results/matrix.png' });
  });

  test('a namespace too narrow for its name over its columns is read in their names', async ({
    matrix,
  }) => {
    // dev and test hold one workload each: their names do not fit over one column.
    await expect(matrix.column('dev/api')).toHaveText('dev/api');
    await expect(matrix.column('test/api')).toHaveText('test/api');
    // prod's name reads whole over its three columns, which name their workloads alone.
    await expect(matrix.column('prod/web')).toHaveText('web');
    const prod = matrix.table.getByRole('columnheader', { name: 'prod', exact: true });
    expect(await prod.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  test("at 1280 px the view's tools read whole, and Re-layout waits for the canvas", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const plugin = page.getByRole('combobox', { name: 'Network plugin' });
    const painted = () =>
      plugin.evaluate((el) => {
        const b = el.getBoundingClientRect();
        const hit = document.elementFromPoint(b.right - 3, b.top + b.height / 2);
        return hit !== null && el.contains(hit);
      });
    await expect(page.getByRole('button', { name: 'Save CSV' })).toBeVisible();
    expect(await painted()).toBe(true);
    await expect(page.getByRole('button', { name: 'Re-layout' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Canvas' }).click();
    await expect(page.getByRole('button', { name: 'Re-layout' })).toBeVisible();
    expect(await painted()).toBe(true);
  });

  test('a click on a cell explains it, as a line of the canvas does', async ({
    page,
    matrix,
    inspector,
  }) => {
    await matrix.cell('prod/web', 'prod/db').click();
    await expect(inspector.tab).toHaveAttribute('aria-selected', 'true');
    await expect(inspector.explanation).toContainText(
      'prod/web → prod/db on TCP port 3306: BLOCKED',
    );
    await expect(inspector.explanation).toContainText(
      'prod/db is isolated for ingress by policy prod/db-policy',
    );
    await expect(matrix.cell('prod/web', 'prod/db')).toHaveAttribute('aria-current', 'true');
    await page.screenshot({ path: 'test-results/matrix-explained.png' });

    await matrix.switchBack.click();
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await expect(inspector.explanation).toContainText('prod/web → prod/db on TCP port 3306');
  });

  test('Show on canvas draws the line of a cell no rule draws, between its two ends', async ({
    page,
    canvas,
    matrix,
  }) => {
    // No rule names prod/web → prod/db: the canvas has no line for it until it is picked.
    await matrix.cell('prod/web', 'prod/db').click();
    await page.getByRole('button', { name: 'Show on canvas' }).click();
    await expect(matrix.switchBack).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.line('prod/web', 'prod/db')).toBeAttached();
    await expect(canvas.lineLabel('prod/web', 'prod/db')).toBeVisible();
  });

  test('a destination with several ports shows some, and explains each port', async ({
    page,
    matrix,
    inspector,
  }) => {
    await page.evaluate(() => {
      const state = window.__editor?.getState();
      const db = state?.doc.workloads.find((w) => w.namespace === 'prod' && w.name === 'db');
      if (state === undefined || db === undefined) throw new Error('no prod/db');
      state.dispatch({
        type: 'updateWorkload',
        namespace: 'prod',
        name: 'db',
        changes: { ports: [...db.ports, { name: 'admin', containerPort: 33060, protocol: 'TCP' }] },
      });
    });
    await expect(matrix.cell('prod/api', 'prod/db')).toHaveText('◐');
    await matrix.cell('prod/api', 'prod/db').click();
    await expect(inspector.explanation).toHaveCount(2);
    await expect(inspector.explanation.nth(0)).toContainText('TCP port 3306: ALLOWED');
    await expect(inspector.explanation.nth(1)).toContainText('TCP port 33060: BLOCKED');
    await page.screenshot({ path: 'test-results/matrix-some.png' });

    await matrix.filterPort('TCP 33060');
    await expect(matrix.cell('prod/api', 'prod/db')).toHaveText('✕');
    await expect(matrix.cell('prod/api', 'prod/web')).toHaveText('·');
    await matrix.filterPort('All ports');
    await expect(matrix.cell('prod/api', 'prod/db')).toHaveText('◐');
  });
});

test.describe('when the document holds 240 workloads', () => {
  test('renders the cells in view, and the rest as it scrolls', async ({ page, matrix }) => {
    await page.goto('/');
    // The store exists once the saved design has been read (asynchronously) and the page drawn.
    await expect(page.getByRole('main', { name: 'Canvas' })).toBeVisible();
    await page.evaluate(() => {
      const state = window.__editor?.getState();
      if (state === undefined) throw new Error('no editor');
      const namespaces = Array.from({ length: 8 }, (_, i) => ({
        name: `team-${i}`,
        labels: { 'kubernetes.io/metadata.name': `team-${i}` },
      }));
      const workloads = Array.from({ length: 240 }, (_, i) => ({
        namespace: `team-${i % 8}`,
        name: `app-${i}`,
        kind: 'Deployment' as const,
        labels: { app: `app-${i}`, tier: i % 3 === 0 ? 'db' : 'web' },
        ports: [{ containerPort: 8080, protocol: 'TCP' as const }],
        ips: [],
      }));
      const policies = namespaces.map((n) => ({
        apiVersion: 'networking.k8s.io/v1' as const,
        kind: 'NetworkPolicy' as const,
        metadata: { name: 'db-from-web', namespace: n.name },
        spec: {
          podSelector: { matchLabels: { tier: 'db' } },
          policyTypes: ['Ingress' as const],
          ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'web' } } }] }],
        },
      }));
      state.replaceDoc({ namespaces, workloads, externals: [], policies });
    });
    await matrix.open();
    await expect(matrix.root).toContainText('240 workloads');
    await expect(matrix.cell('team-0/app-8', 'team-0/app-0')).toHaveText('✓');
    await expect(matrix.cell('team-0/app-24', 'team-0/app-0')).toHaveText('✕');
    const rendered = await matrix.table.getByRole('gridcell').count();
    expect(rendered).toBeGreaterThan(100);
    expect(rendered).toBeLessThan(3000);
    await expect(matrix.cell('team-7/app-239', 'team-7/app-207')).toHaveCount(0);

    await matrix.table.evaluate((table) => {
      const box = table.parentElement;
      if (box !== null) box.scrollTo(box.scrollWidth, box.scrollHeight);
    });
    await expect(matrix.cell('team-7/app-239', 'team-7/app-207')).toHaveText('✓');
    await expect(matrix.cell('team-7/app-231', 'team-7/app-207')).toHaveText('✕');
    await page.screenshot({ path: 'test-results/matrix-large.png' });
  });
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`presented at ${String(size.width)} px, every column's name reads whole, as at the desk`, async ({
    page,
    matrix,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/?fixture=three-tier');
    await matrix.open();
    await expect(matrix.column('backup-server')).toBeVisible();
    expect(await matrix.cutColumnNames()).toEqual([]);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeVisible();
    await expect(matrix.column('backup-server')).toBeVisible();
    await page.screenshot({ path: `test-results/present/${String(size.width)}-matrix-heads.png` });
    expect(await matrix.cutColumnNames()).toEqual([]);
  });
}

/**
 * Online Boutique: its services' long one-word names, kube-system's DNS and Istio's ingress
 * gateway, each the one workload of its namespace (a column that says its namespace).
 */
const boutique = docOf({
  namespaces: ['onlineboutique', 'kube-system', 'istio-system'].map((n) => namespaceOf(n)),
  workloads: [
    ...[
      'frontend',
      'cartservice',
      'productcatalogservice',
      'currencyservice',
      'paymentservice',
      'shippingservice',
      'emailservice',
      'checkoutservice',
      'recommendationservice',
      'adservice',
      'redis-cart',
      'loadgenerator',
    ].map((app) => podOf(`onlineboutique/${app}`, { app })),
    podOf('kube-system/kube-dns', { 'k8s-app': 'kube-dns' }),
    podOf('istio-system/istio-ingressgateway', { istio: 'ingressgateway' }),
  ],
});

test("Online Boutique's matrix at 1440 px: every column's name reads whole", async ({
  page,
  matrix,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?fixture=three-tier');
  await toolbar.openDesign('boutique.yaml', boutique);
  await expect(page.getByRole('status')).toContainText('Imported boutique.yaml');
  await matrix.open();
  await expect(matrix.column('onlineboutique/recommendationservice')).toBeVisible();
  await page.screenshot({ path: 'test-results/matrix-boutique-heads.png' });
  expect(await matrix.cutColumnNames()).toEqual([]);
  await expect(matrix.column('kube-system/kube-dns')).toHaveText('kube-system/kube-dns');
  // Over a column that says its namespace, the namespace's own header says no cut `k…`.
  const cut = (el: Element) =>
    [el, ...el.querySelectorAll('*')].some((e) => e.scrollWidth > e.clientWidth);
  for (const name of ['kube-system', 'istio-system']) {
    const group = matrix.table.getByRole('columnheader', { name, exact: true });
    await expect(group).toHaveAttribute('title', name);
    expect(await group.evaluate(cut)).toBe(false);
  }
  const onlineboutique = matrix.table.getByRole('columnheader', {
    name: 'onlineboutique',
    exact: true,
  });
  await expect(onlineboutique).toHaveText('onlineboutique');
});
