/**
 * The IP blocks a design's rules name lie outside the cluster: an opened
 * design shows its namespaces first and the IP blocks after them, framed
 * together as one group named "Outside the cluster".
 */
import type { Locator, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io';
import { expect, test } from './fixtures';

type Rect = { x: number; y: number; width: number; height: number };

/** `locator`'s box once it stops moving (the design laid out and fitted). */
async function stillBox(locator: Locator): Promise<Rect> {
  let before = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await locator.boundingBox());
        const still = now === before && now !== 'null';
        before = now;
        return still;
      },
      { timeout: 30_000, intervals: [500] },
    )
    .toBe(true);
  return JSON.parse(before) as Rect;
}

/** Namespace `ns` with pod `name`, reached from `blocks` (CIDRs), each in a rule of its own. */
function namespaceYaml(ns: string, name: string, blocks: readonly string[]): string {
  const rules = blocks.map((cidr) => `  - from: [{ipBlock: {cidr: ${cidr}}}]`).join('\n');
  return `---
apiVersion: v1
kind: Namespace
metadata: {name: ${ns}}
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}
spec: {containers: [{name: ${name}, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}-in, namespace: ${ns}}
spec:
  podSelector: {matchLabels: {app: ${name}}}
  ingress:
${rules}
`;
}

const BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '203.0.113.0/24'];
const DESIGN = [
  namespaceYaml('shop', 'web', BLOCKS.slice(0, 2)),
  namespaceYaml('billing', 'api', BLOCKS.slice(1, 3)),
  namespaceYaml('search', 'index', BLOCKS.slice(2)),
].join('');

test.describe('a design whose rules name IP blocks', () => {
  test('shows its namespaces first and the IP blocks after them, in one group', async ({
    page,
    toolbar,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('blocks.yaml', DESIGN);
    await expect(page.getByRole('status')).toContainText('Imported blocks.yaml');
    const canvas = page.getByRole('main', { name: 'Canvas' });
    const group = canvas.getByRole('group', { name: 'Outside the cluster: 4 IP blocks' });
    await expect(group).toBeVisible();
    await expect(group).toContainText('Outside the cluster');

    // Laid out and fitted: the group stops moving.
    const frame = await stillBox(group);

    // Every IP block's card lies in the frame, below its name.
    for (const cidr of BLOCKS) {
      const card = await canvas.getByRole('group', { name: `${cidr}, IP block` }).boundingBox();
      expect(card, cidr).not.toBeNull();
      if (card === null) continue;
      expect(card.x, cidr).toBeGreaterThanOrEqual(frame.x);
      expect(card.y, cidr).toBeGreaterThan(frame.y + 12);
      expect(card.x + card.width, cidr).toBeLessThanOrEqual(frame.x + frame.width);
      expect(card.y + card.height, cidr).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // The namespaces come first: none lies below the group's top or right of its left edge
    // on its rows, and the top left of the design is a namespace's.
    for (const ns of ['shop', 'billing', 'search']) {
      const box = await canvas.getByRole('group', { name: `Namespace ${ns}` }).boundingBox();
      expect(box, ns).not.toBeNull();
      if (box === null) continue;
      const above = box.y + box.height <= frame.y;
      const before = box.x + box.width <= frame.x && box.y <= frame.y + 1;
      expect(above || before, `${ns} comes before the group`).toBe(true);
    }
    await page.screenshot({ path: 'test-results/outside-group.png' });
  });

  test('takes an external endpoint dropped in it where it was dropped, among its cards', async ({
    page,
    toolbar,
    canvas,
  }) => {
    await page.goto('/?fixture=three-tier');
    await toolbar.openYamlFile('blocks.yaml', DESIGN);
    await expect(page.getByRole('status')).toContainText('Imported blocks.yaml');
    const main = page.getByRole('main', { name: 'Canvas' });
    const group = main.getByRole('group', { name: 'Outside the cluster: 4 IP blocks' });
    await expect(group).toBeVisible();
    await stillBox(group);
    const pane = await canvas.root.boundingBox();
    const last = await main.getByRole('group', { name: '203.0.113.0/24, IP block' }).boundingBox();
    if (pane === null || last === null) throw new Error('no canvas or card to drop beside');
    // In the frame, right of its last row's card, where the new card keeps clear of every card.
    const at = { x: last.x + last.width + 40, y: last.y + 4 };
    await canvas.dropFromPalette('External endpoint', at.x - pane.x, at.y - pane.y);
    await expect(page.getByRole('status')).toContainText('Added external-1');
    const card = await main
      .getByRole('group', { name: 'External endpoint external-1' })
      .boundingBox();
    // It lands where it was dropped, in the group, not pushed past the frame's edge.
    expect(card, 'the new card').not.toBeNull();
    expect(Math.abs((card?.x ?? 0) - at.x), `card at ${JSON.stringify(card)}`).toBeLessThan(3);
    expect(Math.abs((card?.y ?? 0) - at.y), `card at ${JSON.stringify(card)}`).toBeLessThan(3);
    await expect(
      main.getByRole('group', { name: 'Outside the cluster: 4 IP blocks · 1 endpoint' }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/outside-group-drop.png' });
  });
});

test.describe('a large design whose rules name IP blocks', () => {
  // The held-out design opens collapsed (past 60 workloads): its 5 IP blocks too, in one box.
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  const main = (page: Page) => page.getByRole('main', { name: 'Canvas' });
  const box = (page: Page) =>
    main(page).getByRole('group', { name: 'Outside the cluster: 5 IP blocks' });
  const expand = (page: Page) =>
    main(page).getByRole('button', { name: 'Expand Outside the cluster' });
  const range = '10.0.0.0/8 except 10.0.18.0/24, IP block';

  test('opens the group as one box, its cards drawn once it is expanded', async ({
    page,
    collapsed,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await collapsed.open('held-out.yaml', doc);
    await expect(box(page)).toBeVisible();
    await expect(main(page).getByRole('group', { name: range })).toHaveCount(0);
    // Its summary lines name it as what a click expands, not as a namespace.
    await expect(
      main(page)
        .getByRole('group', {
          name: /^Summary .*\. Expands (namespace \S+ and )?Outside the cluster$/,
        })
        .first(),
    ).toBeAttached();
    await expand(page).click();
    await expect(main(page).getByRole('group', { name: range })).toBeVisible();
    await expect(
      main(page).getByRole('button', { name: 'Collapse Outside the cluster' }),
    ).toBeVisible();
  });

  test('Expand all and Collapse all open and close it, and count it', async ({
    page,
    collapsed,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await collapsed.open('held-out.yaml', doc);
    await expect(box(page)).toBeVisible();
    // 8 namespaces and the group: the count says what it counts.
    await expect(collapsed.controls).toContainText('9 of 9 boxes collapsed');
    await expect(collapsed.controls.getByText('9 of 9 boxes collapsed')).toHaveAttribute(
      'title',
      /^8 namespaces and the group outside the cluster: /,
    );
    // The group opened alone: Collapse all has it to close.
    await expand(page).click();
    await expect(collapsed.controls).toContainText('8 of 9 boxes collapsed');
    await expect(collapsed.collapseAll).toBeEnabled();
    await collapsed.collapseAll.click();
    await expect(expand(page)).toBeVisible();
    await expect(collapsed.controls).toContainText('9 of 9 boxes collapsed');
    await expect(collapsed.collapseAll).toBeDisabled();
    // Expand all opens it with the namespaces.
    await collapsed.expandAll.click();
    await expect(
      main(page).getByRole('button', { name: 'Collapse Outside the cluster' }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(collapsed.controls).not.toContainText('collapsed', { timeout: 30_000 });
    await expect(collapsed.expandAll).toBeDisabled();
  });

  test('F on a workload its IP blocks reach draws them, and leaving collapses them again', async ({
    page,
    canvas,
    collapsed,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await collapsed.open('held-out.yaml', doc);
    await expect(box(page)).toBeVisible();
    // ns-7/app-5-api-63 is reached from 10.0.0.0/8 except 10.0.18.0/24 and reaches 0.0.0.0/0
    // except the private ranges: what the user asks of them is their ranges, which the cards say.
    await canvas.findAndFocus('ns-7/app-5-api-63');
    const card = main(page).getByRole('group', { name: range });
    await expect(card).toBeVisible();
    expect(await canvas.opacity(card)).toBe(1);
    // Opened in one column beside ns-7, zoomed out, its name reads whole beside its Collapse.
    const name = box(page).getByText('Outside the cluster', { exact: true });
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await canvas.focusNote.getByRole('button', { name: 'Leave focus' }).click();
    await expect(expand(page)).toBeVisible();
    await expect(card).toHaveCount(0);
  });
});

test.describe('a large design whose rules name many IP blocks', () => {
  // 200 workloads in 40 namespaces, reached from 40 ranges with an exception each: a dump's
  // group outside the cluster, too wide to read whole at the zoom Find keeps cards readable at.
  const partners = Array.from(
    { length: 40 },
    (_, i) => `  - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.${String(i)}.0.0/16]}}]`,
  ).join('\n');
  const design = `${serializeDocument(generateCluster({ pods: 200, namespaces: 40, policies: 90, seed: 1 }))}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-partners, namespace: ns-1}
spec:
  podSelector: {}
  ingress:
${partners}
`;

  test('frames the group whole when it is expanded', async ({ page, toolbar, collapsed }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await toolbar.openYamlFile('partners.yaml', design);
    await expect(page.getByRole('status')).toContainText('namespaces collapsed', {
      timeout: 30_000,
    });
    const main = page.getByRole('main', { name: 'Canvas' });
    await main.getByRole('button', { name: 'Expand Outside the cluster' }).click();
    const group = main.getByRole('group', { name: /^Outside the cluster: 42 IP blocks/ });
    await expect(main.getByRole('button', { name: 'Collapse Outside the cluster' })).toBeVisible();
    const frame = await collapsed.flow.boundingBox();
    const box = await stillBox(group);
    if (frame === null) throw new Error('no canvas');
    // Not cut at its right edge (nor any other): every card of it on screen.
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width, `group at ${JSON.stringify(box)}`).toBeLessThanOrEqual(
      frame.x + frame.width,
    );
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
    await page.screenshot({ path: 'test-results/outside-group-expanded-whole.png' });
  });
});
