import type { Locator, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument, serializePolicies } from '../src/io';
import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';

/** Whether the box of `node` lies wholly inside the canvas. */
const inView = (canvas: Canvas, node: Locator) => canvas.inView(node);
const panAway = (_page: Page, canvas: Canvas) => canvas.panAway();

const activeRole = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-roledescription') ?? null);

/** From the Canvas tab, Tab until the focus is on the canvas: the role it lands on. */
async function tabIntoCanvas(page: Page): Promise<string | null> {
  await page.getByRole('tab', { name: 'Canvas' }).focus();
  let role: string | null = null;
  for (let i = 0; i < 30 && role === null; i++) {
    await page.keyboard.press('Tab');
    role = await activeRole(page);
  }
  return role;
}

test.describe('find and focus on the three-tier example', () => {
  test.beforeEach(async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/db')).toBeVisible();
  });

  test('/ opens Find, "db" lists prod/db and Enter selects it and brings it into view', async ({
    page,
    canvas,
  }) => {
    await panAway(page, canvas);
    await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(false);
    await canvas.root.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    const find = page.getByRole('combobox', { name: /Find workloads/ });
    await expect(find).toBeFocused();
    await find.fill('db');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.first()).toContainText('prod/db');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(find).toHaveAttribute('aria-activedescendant', /.+/);
    await page.screenshot({ path: 'test-results/find-box.png' });
    await page.keyboard.press('Enter');
    await expect(find).toBeHidden();
    await expect
      .poll(() => page.evaluate(() => window.__editor?.getState().selection))
      .toEqual({ kind: 'node', id: 'workload:prod/db' });
    await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(true);
  });

  test('Find "db" and Enter: the Inspector answers who can reach prod/db first', async ({
    page,
  }) => {
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: /Find workloads/ }).fill('db');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.first()).toContainText('prod/db');
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    const from = inspector.getByRole('region', { name: 'Accepts connections from' });
    // As `netpol-canvas reach --focus prod/db` says of pods (prod/api, on TCP 3306), and the
    // backup server outside the cluster, which db also sends its backups to.
    await expect(from.getByRole('button')).toHaveText([
      'prod/api TCP 3306',
      'backup-server TCP 3306',
    ]);
    const to = inspector.getByRole('region', { name: 'Opens connections to' });
    await expect(to.getByRole('button')).toHaveText(['backup-server TCP 80']);
    // Above the fields, in view without scrolling the panel.
    const name = inspector.getByRole('textbox', { name: 'Name', exact: true });
    expect((await from.boundingBox())?.y).toBeLessThan((await name.boundingBox())?.y ?? 0);
    await expect(from).toBeInViewport();
    await from.getByRole('button', { name: 'prod/api TCP 3306' }).click();
    await expect(page.getByRole('heading', { name: /prod\/api → prod\/db/ }).first()).toBeVisible();
  });

  test('a label finds the workloads carrying it; Escape closes Find', async ({ page }) => {
    await page.getByRole('button', { name: 'Find…' }).click();
    const find = page.getByRole('combobox', { name: /Find workloads/ });
    await find.fill('role=web');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect(options.first()).toContainText('label on 1 workload');
    await expect(options.nth(1)).toContainText('prod/web');
    await expect(options.nth(1)).toContainText('label role=web');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(find).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(find).toBeFocused();
    await find.fill('zzz');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible();
  });

  test('Tab reaches a node before any line, and arrow keys move between nodes', async ({
    page,
  }) => {
    const role = await tabIntoCanvas(page);
    expect(role).toBe('node');
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    // Down to a workload, then sideways to another.
    const seen = new Set([await focusedId()]);
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      seen.add(await focusedId());
    }
    expect(seen.size).toBeGreaterThan(1);
    const selected = await page.evaluate(() => window.__editor?.getState().selection);
    expect(selected).toEqual({ kind: 'node', id: await focusedId() });
    expect(await activeRole(page)).toBe('node');
  });

  test('Enter opens the focused node, and then the focused line, as a click does', async ({
    page,
  }) => {
    let role = await tabIntoCanvas(page);
    const node = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    const selection = () => page.evaluate(() => window.__editor?.getState().selection);
    expect(await selection()).toEqual({ kind: 'node', id: node });
    await expect(page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // On past the nodes to the first line.
    for (let i = 0; i < 40 && role !== 'edge'; i++) {
      await page.keyboard.press('Tab');
      role = await activeRole(page);
    }
    expect(role).toBe('edge');
    const line = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    expect(await selection()).toMatchObject({ kind: 'flow', id: line });
    await expect(page.getByRole('heading', { name: /→/ }).first()).toBeVisible();
  });

  test('Show on a finding moves the camera to its node', async ({ page, canvas }) => {
    await panAway(page, canvas);
    await expect.poll(() => inView(canvas, canvas.workload('prod/web'))).toBe(false);
    await expect.poll(() => inView(canvas, canvas.workload('prod/api'))).toBe(false);
    await page.getByRole('tab', { name: /^Findings/ }).click();
    const panel = page.getByRole('region', { name: 'Findings' });
    const dns = panel.getByRole('listitem').filter({ hasText: 'cannot resolve names' });
    await dns.getByRole('button', { name: 'Show' }).click();
    const selection = await page.evaluate(() => window.__editor?.getState().selection);
    expect(selection?.kind).toBe('node');
    const id = selection?.kind === 'node' ? selection.id : '';
    await expect.poll(() => inView(canvas, page.getByTestId(`rf__node-${id}`))).toBe(true);
  });
});

test('Show on a Traffic row moves the camera to its workload', async ({ page, canvas }) => {
  await page.goto('/?fixture=three-tier');
  await expect(canvas.workload('prod/db')).toBeVisible();
  await panAway(page, canvas);
  await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(false);
  await page.getByRole('tab', { name: 'Traffic' }).click();
  await page
    .getByRole('region', { name: 'Traffic table' })
    .getByRole('button', { name: 'prod/db' })
    .first()
    .click();
  await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(true);
});

test.describe('Show while the Matrix is open', () => {
  test.beforeEach(async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/db')).toBeVisible();
  });

  test('on a finding brings the canvas back, its node in view', async ({
    page,
    canvas,
    matrix,
  }) => {
    await matrix.open();
    await expect(matrix.table).toBeVisible();
    await page.getByRole('tab', { name: /^Findings/ }).click();
    const panel = page.getByRole('region', { name: 'Findings' });
    const dns = panel.getByRole('listitem').filter({ hasText: 'cannot resolve names' });
    await dns.getByRole('button', { name: 'Show' }).click();
    await expect(matrix.switchBack).toHaveAttribute('aria-selected', 'true');
    const selection = await page.evaluate(() => window.__editor?.getState().selection);
    const id = selection?.kind === 'node' ? selection.id : '';
    await expect.poll(() => inView(canvas, page.getByTestId(`rf__node-${id}`))).toBe(true);
  });

  test('on a Traffic row brings the canvas back, its workload in view', async ({
    page,
    canvas,
    matrix,
  }) => {
    await matrix.open();
    await expect(matrix.table).toBeVisible();
    await page.getByRole('tab', { name: 'Traffic' }).click();
    await page
      .getByRole('region', { name: 'Traffic table' })
      .getByRole('button', { name: 'prod/db' })
      .first()
      .click();
    await expect(matrix.switchBack).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(true);
  });

  test("on a peer of the Inspector's reach lists brings the canvas back", async ({
    page,
    canvas,
    matrix,
  }) => {
    await canvas.workload('prod/db').click();
    await matrix.open();
    await expect(matrix.table).toBeVisible();
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const from = page.getByRole('region', { name: 'Accepts connections from' });
    await from.getByRole('button', { name: /^prod\/api / }).click();
    await expect(matrix.switchBack).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => inView(canvas, canvas.workload('prod/db'))).toBe(true);
    await expect.poll(() => inView(canvas, canvas.workload('prod/api'))).toBe(true);
  });
});

test('a policy found low in a long list opens in sight, its form below', async ({
  page,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  const last = doc.policies.at(-1)?.metadata;
  if (last === undefined) throw new Error('the generated cluster has no policy');
  await page.goto('/');
  await toolbar.openYamlFile('policies.yaml', serializePolicies(doc));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill(last.name);
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText(`${last.namespace}/${last.name}`);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Policies' });
  const picked = panel.getByRole('button', { pressed: true });
  await expect(picked).toContainText(last.name);
  await expect(picked).toBeInViewport();
  const allows = panel.getByRole('list', { name: 'What it allows' });
  await expect(allows).toBeInViewport();
  await expect(allows.getByRole('listitem').first()).toContainText(/^(In from|Out to|Nothing)/);
  await expect(panel.getByText('podSelector', { exact: false }).first()).toBeInViewport();
  await page.screenshot({ path: 'test-results/find-policy-in-sight.png' });
});

test('a policy found frames its pods with room around them, their marks whole', async ({
  page,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  // policy-2 selects 7 pods, framed at a zoom where their names read.
  const policy = doc.policies.find((p) => p.metadata.name === 'policy-2')?.metadata;
  if (policy === undefined) throw new Error('the generated cluster has no policy-2');
  await page.goto('/');
  await toolbar.openYamlFile('cluster.yaml', serializeDocument(doc));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill(policy.name);
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText(`${policy.namespace}/${policy.name}`);
  await page.keyboard.press('Enter');
  const marks = page.locator('.react-flow__node').filter({ hasText: 'selected by policy' });
  await expect(marks).toHaveCount(7);
  await expect
    .poll(() => page.evaluate(() => window.__editor?.getState().focusRequest ?? null))
    .toBeNull();
  // The camera glides there: measured once it stands still.
  let before = '';
  const gaps = async () =>
    page.locator('.react-flow').evaluate((el) => {
      const frame = el.getBoundingClientRect();
      return [...el.querySelectorAll('.react-flow__node')]
        .filter((n) => n.textContent.includes('selected by policy'))
        .map((n) => {
          const card = n.getBoundingClientRect();
          const mark = n.querySelector('.nc-policy-mark')?.getBoundingClientRect() ?? card;
          const top = Math.min(card.top, mark.top);
          return Math.round(
            Math.min(card.left - frame.left, frame.right - card.right, top - frame.top),
          );
        });
    });
  await expect
    .poll(async () => {
      const now = JSON.stringify(await gaps());
      const still = now === before;
      before = now;
      return still;
    })
    .toBe(true);
  const nearest = Math.min(...(JSON.parse(before) as number[]));
  await page.screenshot({ path: 'test-results/find-policy-framed.png' });
  // With the fit's 16 px, a top card's mark came 10 px from the edge.
  expect(nearest, 'closest a framed pod or its mark comes to the view’s edge').toBeGreaterThan(24);
});

test('a policy found low in a tall namespace is framed with the namespace’s name', async ({
  page,
  canvas,
  toolbar,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const doc = generateCluster({ pods: 200, namespaces: 8, policies: 90, seed: 7 });
  // policy-44 selects one pod, app-6-web-163, in the last row of the 25 workloads of ns-3.
  await page.goto('/');
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Find workloads/ }).fill('policy-44');
  const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(options.first()).toContainText('ns-3/policy-44');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => window.__editor?.getState().focusRequest ?? null))
    .toBeNull();
  const pod = canvas.workload('ns-3/app-6-web-163');
  await canvas.settledBox(pod);
  await page.screenshot({ path: 'test-results/find-policy-namespace-name.png' });
  expect(await canvas.inView(pod)).toBe(true);
  const name = canvas.namespace('ns-3').getByText('ns-3', { exact: true });
  expect(await canvas.inView(name), 'the namespace’s name is in view').toBe(true);
  // Still drawn in full: the pod's policy mark shows.
  expect(await canvas.zoom()).toBeGreaterThanOrEqual(0.6);
});
