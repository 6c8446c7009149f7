/**
 * Long names that differ only at their end, as in the policies of a real cluster: two selectors
 * of kube-system that name their pods `app-not-helm-with-app-with-tier` and `…-with-ti`
 * (inferred from the policies), and two workloads whose names outrun any header. Every header
 * tells them apart at every window size, and reads the whole name on focus.
 */
import { expect, test } from './fixtures';
import type { Matrix } from './pages/Matrix';

const isolating = (name: string, key: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: kube-system
spec:
  podSelector:
    matchExpressions:
      - { key: app, operator: NotIn, values: [helm] }
      - { key: app, operator: Exists }
      - { key: ${key}, operator: Exists }
  policyTypes: [Ingress]
`;

const worker = (region: string) => `apiVersion: v1
kind: Pod
metadata:
  name: settlement-reconciliation-worker-for-the-region-${region}
  namespace: payments
  labels: { app: settlement, region: ${region} }
spec:
  containers:
    - name: worker
      image: worker
      ports: [{ containerPort: 8080 }]
`;

const FILE = [
  isolating('isolate-tiered-pods', 'tier'),
  isolating('isolate-with-a-typo', 'ti'),
  worker('eu-west'),
  worker('eu-east'),
].join('---\n');

const INFERRED = ['app-not-helm-with-app-with-tier', 'app-not-helm-with-app-with-ti'];
const WORKERS = ['eu-west', 'eu-east'].map(
  (r) => `payments/settlement-reconciliation-worker-for-the-region-${r}`,
);

/** The text a header's name shows (its mark and letters, no ellipsis of the style sheet). */
async function shown(matrix: Matrix, label: string, axis: 'column' | 'row'): Promise<string> {
  const head = axis === 'column' ? matrix.column(label) : matrix.row(label);
  return (await head.innerText()).replace(/\s+/g, ' ').trim();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${String(size.width)}×${String(size.height)} names that differ at their end read apart`, async ({
    page,
    toolbar,
    matrix,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('long-names.yaml', FILE);
    await expect(page.getByRole('status')).toContainText('Imported long-names.yaml');
    await matrix.open();
    const labels = [...INFERRED.map((n) => `kube-system/${n}`), ...WORKERS];
    for (const label of labels) await expect(matrix.column(label)).toBeVisible();
    expect(await matrix.cutColumnNames()).toEqual([]);
    expect(await matrix.cutRowNames()).toEqual([]);
    for (const axis of ['column', 'row'] as const) {
      const texts = await Promise.all(labels.map((l) => shown(matrix, l, axis)));
      // Four different texts, each ending as its name ends; inferred ones marked, not worded.
      expect(new Set(texts).size).toBe(4);
      expect(texts[0]).toMatch(/with-tier$/);
      expect(texts[1]).toMatch(/with-ti$/);
      expect(texts[2]).toMatch(/eu-west$/);
      expect(texts[3]).toMatch(/eu-east$/);
      for (const text of texts.slice(0, 2)) expect(text).toMatch(/^([^/]+\/ ?)?◌ app-/);
    }
    await expect(matrix.legend).toContainText('inferred from the policies');
    await page.screenshot({ path: `test-results/matrix-long-names-${String(size.width)}.png` });

    // On keyboard focus (and on hover) a header reads its whole name, in the grid's tip.
    // From the filter's last field, Tab enters the grid; up from its first cell are the column
    // heads, which the arrows walk one after another.
    await matrix.axes.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    for (const [i, label] of labels.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const button = matrix.column(label).getByRole('button');
      await expect(button).toBeFocused();
      const whole = label.startsWith('kube-system/') ? `${label} (inferred)` : label;
      await expect(matrix.tip).toHaveText(whole);
      expect(await matrix.tipInWindow()).toBe(true);
      await expect(button).toHaveAttribute('title', `${whole}: select it to see its paths`);
    }
    await page.screenshot({
      path: `test-results/matrix-long-names-focus-${String(size.width)}.png`,
    });
    const row = matrix.row(WORKERS[1] ?? '').getByRole('button');
    await row.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(row).toBeFocused();
    await expect(matrix.tip).toHaveText(WORKERS[1] ?? '');
    // The pointer on a head shows its whole name too.
    await matrix.column(labels[0] ?? '').hover();
    await expect(matrix.tip).toHaveText(`${labels[0] ?? ''} (inferred)`);
  });
}
