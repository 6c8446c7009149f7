/**
 * A large design zoomed out to names: the plain lines are drawn by the canvas as a few paths
 * (no React Flow line each), so a pan, a pick or a part of Expand all does no work per line.
 * The picked workload's lines are React Flow's, as ever; a picture, and a zoom in to where
 * labels read, hand every line back to React Flow, each to hover, click and reach by keyboard.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import type { CollapsedCanvas } from './pages/CollapsedCanvas';

const DOC = generateCluster({ pods: 320, policies: 60, namespaces: 8, seed: 5 });
const PICKED = DOC.workloads[0];

/** `DOC` opened at 1440×900 and Expand all: every card drawn, zoomed out to names. */
async function expandedToNames(page: Page, collapsed: CollapsedCanvas): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await collapsed.open('cluster-320.yaml', DOC);
  await collapsed.expandAll.click();
  await expect(page.getByTestId(/^node\.workload\./)).toHaveCount(320, { timeout: 60_000 });
  await expect(collapsed.flow).toHaveAttribute('data-zoom-band', 'names');
}

test('on a large design zoomed out, the canvas draws the plain lines; a pick and a picture, React Flow', async ({
  page,
  canvas,
  collapsed,
}) => {
  // React Flow takes every line back from the layer for the picture, ~40 a paint, and gives
  // them back after: minutes on a busy 2-core machine, each wait for what it means.
  test.setTimeout(150_000);
  if (PICKED === undefined) throw new Error('the generated cluster has no workload');
  await expandedToNames(page, collapsed);
  const flowLines = page.getByTestId(/^edge\./);
  const layer = page.getByTestId('lines.layer');
  // Fitted, names only: every line is in the canvas's layer, none is React Flow's.
  await expect(layer).toBeAttached({ timeout: 30_000 });
  await expect(flowLines).toHaveCount(0);
  // Its paths come with the routes, a part after each paint.
  await expect(layer).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  expect(await layer.locator('path').count()).toBeGreaterThan(0);

  // A picked workload's lines stand out: React Flow draws them, strong, above the layer.
  const key = `${PICKED.namespace}/${PICKED.name}`;
  await page.evaluate((id) => {
    window.__editor?.getState().selectAndInspect({ kind: 'node', id });
  }, `workload:${key}`);
  await expect(flowLines.first()).toBeAttached({ timeout: 30_000 });
  const held = await flowLines.evaluateAll((lines) =>
    lines.map((l) => l.getAttribute('data-testid') ?? ''),
  );
  expect(held.every((id) => id.includes(`workload:${key}`))).toBe(true);

  // A picture draws every line in full detail, labels too: React Flow holds them all again.
  await page.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the diagram as a picture' });
  await expect(dialog).toBeVisible();
  await canvas.drawn();
  await expect(layer).toHaveCount(0);
  expect(await flowLines.count()).toBeGreaterThan(held.length);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(layer).toBeAttached({ timeout: 30_000 });
});

test('on a large design zoomed in to where labels read, every line is React Flow’s, to click', async ({
  page,
  canvas,
  collapsed,
  inspector,
}) => {
  // React Flow takes the 1,100 lines back from the layer, ~40 a paint, and a click on one
  // draws them again before the Inspector: minutes on a busy 2-core machine.
  test.setTimeout(150_000);
  if (PICKED === undefined) throw new Error('the generated cluster has no workload');
  await expandedToNames(page, collapsed);
  const layer = page.getByTestId('lines.layer');
  await expect(layer).toBeAttached({ timeout: 30_000 });
  // Zoomed in (around a workload) to where labels read: every line is React Flow's again, to
  // hover and click.
  const key = `${PICKED.namespace}/${PICKED.name}`;
  const around = async () => {
    const box = await canvas.settledBox(canvas.workload(key));
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  for (
    let i = 0;
    i < 30 && (await collapsed.flow.getAttribute('data-zoom-band')) === 'names';
    i++
  ) {
    await canvas.wheelIn(await around());
  }
  await expect(collapsed.flow).not.toHaveAttribute('data-zoom-band', 'names');
  // React Flow takes the lines in parts, one after each paint: over a minute on a busy machine.
  await canvas.drawn();
  await expect(layer).toHaveCount(0);
  await expect(page.getByTestId(/^edge-label\./).first()).toBeVisible({ timeout: 30_000 });
  // A line the layer drew takes the pointer again: a click explains it.
  const flowLines = page.getByTestId(/^edge\./);
  const lines = await flowLines.evaluateAll((all) =>
    all.map((l) => l.getAttribute('data-testid') ?? ''),
  );
  let spot: { x: number; y: number } | null = null;
  for (const id of lines.slice(0, 60)) {
    // A line gone since (React Flow took the lines again) is passed over, not waited for.
    const line = page.getByTestId(id);
    if ((await line.count()) === 0) continue;
    spot = await canvas.pointerSpot(line);
    if (spot !== null) break;
  }
  if (spot === null) throw new Error('no line in view takes the pointer');
  await page.mouse.click(spot.x, spot.y);
  await expect.poll(() => canvas.selection(), { timeout: 30_000 }).toMatchObject({ kind: 'flow' });
  // Picked, every line React Flow holds is drawn again before the Inspector: 1,100 of them.
  await expect(inspector.explanation.first()).toContainText('→', { timeout: 30_000 });
});

test('a picture saved as soon as its dialog opens holds every line at full detail, none from the layer', async ({
  page,
  collapsed,
}) => {
  test.setTimeout(150_000);
  await expandedToNames(page, collapsed);
  const layer = page.getByTestId('lines.layer');
  await expect(layer).toBeAttached({ timeout: 30_000 });
  // Every line is in the layer, one `M` each (its paths come a part after each paint).
  await expect(layer).toHaveAttribute('data-waiting', '0', { timeout: 30_000 });
  const lines = await layer.locator('path.nc-edge-path').evaluateAll(
    (paths) =>
      paths
        .map((p) => p.getAttribute('d') ?? '')
        .join('')
        .split('M').length - 1,
  );
  expect(lines).toBeGreaterThan(300);
  // The user saves at once: React Flow is still taking the lines back from the layer, in parts.
  await page.getByRole('button', { name: 'Picture…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the diagram as a picture' });
  await dialog.getByLabel('SVG (documents; sharp at any size)').check();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Save picture' }).click();
  const svg = await readFile(await (await download).path(), 'utf8');
  expect(svg.includes('lines.layer'), 'the picture holds the layer').toBe(false);
  expect((svg.match(/data-testid="edge\./g) ?? []).length).toBe(lines);
});
