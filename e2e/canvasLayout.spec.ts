import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForSaved } from './pages/savedDesign';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxesOf(locator: Locator): Promise<Box[]> {
  const boxes = await Promise.all((await locator.all()).map((l) => l.boundingBox()));
  return boxes.filter((b): b is Box => b !== null);
}

/** One pod and policies that each select no pod of its namespace: one finding per policy. */
function policiesSelectingNothing(count: number): string {
  const pod = `apiVersion: v1
kind: Pod
metadata: { name: other, namespace: shop, labels: { app: other } }
spec: { containers: [{ name: c, image: nginx }] }
`;
  return [
    pod,
    ...Array.from(
      { length: count },
      (_, i) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: p${String(i)}, namespace: shop }
spec: { podSelector: { matchLabels: { app: a${String(i)} } }, policyTypes: [Ingress] }
`,
    ),
  ].join('---\n');
}

test.describe('when the window is 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the side panel keeps its tabs on one row', async ({ page, toolbar, canvas }) => {
    await page.goto('/?fixture=three-tier');
    await expect(canvas.workload('prod/web')).toBeVisible();
    const tabs = await boxesOf(page.getByRole('tablist', { name: 'Panels' }).getByRole('tab'));
    expect(tabs).toHaveLength(6);
    expect(new Set(tabs.map((t) => Math.round(t.y))).size).toBe(1);
    await expect(page.getByRole('tab', { name: 'Traffic table' })).toBeVisible();

    // twelve policies that select no pod: twelve findings, and the row still holds every tab
    await toolbar.openYamlFile('many.yaml', policiesSelectingNothing(12));
    await expect(page.getByRole('tab', { name: /^Findings \(\d\d\)$/ })).toBeVisible();
    const row = await page.getByRole('tablist', { name: 'Panels' }).boundingBox();
    const last = await page.getByRole('tab', { name: 'Traffic table' }).boundingBox();
    if (row === null || last === null) throw new Error('no tabs');
    expect(last.x + last.width).toBeLessThanOrEqual(row.x + row.width);
  });

  test('a fitted design is drawn clear of the palette, the zoom controls and the minimap', async ({
    page,
    canvas,
  }) => {
    await page.goto('/');
    const root = await canvas.settledBox(canvas.root);
    await canvas.dropFromPalette('Namespace', 200, 160);
    await canvas.dropFromPalette('External endpoint', root.width - 230, root.height - 110);
    await expect(canvas.external('external-1')).toBeVisible();
    await page.getByRole('button', { name: 'Fit View' }).click();
    await canvas.settledBox(canvas.external('external-1'));
    const overlays = await boxesOf(
      page.locator('.react-flow__minimap, .react-flow__controls').or(canvas.palette),
    );
    expect(overlays).toHaveLength(3);
    const nodes = await boxesOf(page.locator('.react-flow__node'));
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      for (const overlay of overlays) expect(overlaps(node, overlay)).toBe(false);
    }
    await page.screenshot({ path: 'test-results/canvas-fitted.png' });
  });
  test('after a pan, no card that shows lies under the palette', async ({ page, canvas }) => {
    await page.goto('/?fixture=three-tier');
    const web = canvas.workload('prod/web');
    await expect(web).toBeVisible();
    const pane = await canvas.settledBox(page.locator('.react-flow'));
    // Drag the empty canvas so that prod/web's card lands in the top left corner, where the
    // palette sits.
    const from = await canvas.emptyPanePoint();
    const card = await canvas.settledBox(web);
    const dx = pane.x + 24 - card.x;
    const dy = pane.y + 12 - card.y;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 10 });
    await page.mouse.up();
    const moved = await canvas.settledBox(web);
    expect(Math.abs(moved.x - (pane.x + 24))).toBeLessThan(4);
    const palette = await canvas.palette.boundingBox();
    if (palette === null) throw new Error('no palette');
    // The part of each card inside the canvas is clear of the palette.
    for (const node of await boxesOf(page.locator('.react-flow__node'))) {
      const x = Math.max(node.x, pane.x);
      const y = Math.max(node.y, pane.y);
      const shown = {
        x,
        y,
        width: Math.min(node.x + node.width, pane.x + pane.width) - x,
        height: Math.min(node.y + node.height, pane.y + pane.height) - y,
      };
      if (shown.width > 0 && shown.height > 0) expect(overlaps(shown, palette)).toBe(false);
    }
    await page.screenshot({ path: 'test-results/canvas-panned-under-palette.png' });
  });

  test('the example opens, and reopens after a reload, with every node in view', async ({
    page,
    canvas,
    inspector,
  }) => {
    const allInView = async () => {
      const anywhere = page.getByTestId('node.any:*');
      await expect(anywhere).toHaveCount(1);
      await canvas.settledBox(anywhere);
      const root = await canvas.settledBox(canvas.root);
      const nodes = await boxesOf(page.locator('.react-flow__node'));
      // three namespaces, four workloads in prod and two elsewhere, backup-server and Anywhere
      expect(nodes.length).toBeGreaterThanOrEqual(9);
      for (const node of nodes) {
        expect(node.x).toBeGreaterThanOrEqual(root.x);
        expect(node.y).toBeGreaterThanOrEqual(root.y);
        expect(node.x + node.width).toBeLessThanOrEqual(root.x + root.width);
        expect(node.y + node.height).toBeLessThanOrEqual(root.y + root.height);
      }
    };
    await page.goto('/?fixture=three-tier');
    await allInView();
    // an example is kept once it is changed
    await canvas.workload('prod/web').click();
    await inspector.rename('frontend');
    await waitForSaved(page, 'name: frontend');
    await page.reload();
    await expect(page.getByRole('status')).toContainText('Restored your last design');
    await allInView();
    await page.screenshot({ path: 'test-results/canvas-example-fitted.png' });
  });
});
