/**
 * An imported design is laid out to use the screen's width, namespaces as
 * boxes side by side; Re-layout arranges it again as one undo step.
 */
import type { Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { expect, test } from './fixtures';
import type { Canvas } from './pages/Canvas';
import type { Toolbar } from './pages/Toolbar';

const NAMESPACES = ['ns-1', 'ns-2', 'ns-3'];

test.describe('when a design without positions is imported', () => {
  test('its namespace boxes sit side by side, and Re-layout is one undo step', async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const doc = generateCluster({ pods: 60, policies: 20, namespaces: 4, seed: 5 });
    await page.goto('/');
    await expect(canvas.root).toBeVisible();
    await toolbar.openDesign('cluster.yaml', doc);
    await expect(page.getByRole('status')).toContainText('60 workloads', { timeout: 30_000 });

    // Laid out and fitted: the boxes stop moving (on a loaded machine that can take longer
    // than one box's settling wait), then they stand side by side.
    const lefts = async () => {
      const boxes = [];
      for (const name of NAMESPACES) boxes.push(await canvas.namespace(name).boundingBox());
      return JSON.stringify(boxes.map((b) => (b === null ? null : Math.round(b.x))));
    };
    let before = '';
    await expect
      .poll(
        async () => {
          const now = await lefts();
          const still = now === before && !now.includes('null');
          before = now;
          return still;
        },
        { timeout: 30_000, intervals: [500] },
      )
      .toBe(true);
    expect(new Set(JSON.parse(before) as number[]).size).toBeGreaterThan(1);
    await page.screenshot({ path: 'test-results/auto-layout.png' });

    // No line lies on a namespace's header: the box is grabbed by its name. The drop is an undo
    // step of its own.
    const box = await canvas.settledBox(canvas.namespace('ns-1'));
    const covered = await page.evaluate((b) => {
      const lines: string[] = [];
      for (let dx = 4; dx < b.width - 4; dx += 4) {
        const hit = document.elementFromPoint(b.x + dx, b.y + 6);
        const line = hit?.closest('.react-flow__edge');
        if (line) lines.push(line.getAttribute('aria-label') ?? line.id);
      }
      return lines;
    }, box);
    expect(covered).toEqual([]);
    const placed = () =>
      page.evaluate(() => {
        const s = window.__editor?.getState();
        return { ns1: s?.positions['namespace:ns-1'], workloads: s?.doc.workloads.length };
      });
    const laidOut = await placed();
    const grab = { x: box.x + 12, y: box.y + 6 };
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 68, grab.y + 54, { steps: 5 });
    await page.mouse.up();
    const moved = await canvas.settledBox(canvas.namespace('ns-1'));
    expect(moved.x).toBeGreaterThan(box.x + 40);

    const byHand = await placed();

    await toolbar.relayout.click();
    await expect.poll(async () => (await placed()).ns1).not.toEqual(byHand.ns1);

    // One undo step puts the box back where the hand put it, and says so; the design stays.
    await toolbar.undo.click();
    expect(await placed()).toEqual(byHand);
    await expect(canvas.namespace('ns-3')).toBeAttached();
    await expect(page.getByRole('status')).toContainText('Undone: re-laid out the design.');

    // The next puts it back where the layout put it (it used to take back the opened file), and
    // the one after says it takes back the opening.
    await toolbar.undo.click();
    expect(await placed()).toEqual(laidOut);
    await expect(canvas.namespace('ns-3')).toBeAttached();
    await expect(page.getByRole('status')).not.toContainText('Undone: opened');
    await toolbar.undo.click();
    await expect(page.getByRole('status')).toContainText('Undone: opened cluster.yaml.');
    await expect(canvas.namespace('ns-3')).toHaveCount(0);
    await toolbar.redo.click();
    await expect(canvas.namespace('ns-3')).toBeAttached();
  });
});

/**
 * A 200-workload design opened, its first boxes drawn (its layout may still be on its way);
 * returns whether the layout has answered.
 */
async function openedBeforeLaidOut(
  page: Page,
  canvas: Canvas,
  toolbar: Toolbar,
): Promise<() => Promise<boolean>> {
  const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 3 });
  await page.goto('/');
  await expect(canvas.root).toBeVisible();
  await toolbar.openDesign('cluster.yaml', doc);
  await expect(canvas.namespace('ns-1')).toBeVisible({ timeout: 30_000 });
  return () =>
    page.evaluate(() => {
      const s = window.__editor?.getState();
      return s !== undefined && s.layoutRequest !== null && s.layoutDone >= s.layoutRequest.id;
    });
}

test.describe('when the user pans while an opened design is still being laid out', () => {
  test('the camera stays where they left it, not fitted from under their hand', async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const laidOut = await openedBeforeLaidOut(page, canvas, toolbar);
    const panned = !(await laidOut());
    const viewport = page.locator('.react-flow__viewport');
    const { x, y } = await canvas.emptyPanePoint();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 160, y - 90, { steps: 6 });
    await page.mouse.up();
    const left = await viewport.getAttribute('style');

    await expect.poll(laidOut, { timeout: 30_000 }).toBe(true);
    await canvas.settledBox(canvas.namespace('ns-1'));
    await page.screenshot({ path: 'test-results/auto-layout-panned.png' });
    // Had the layout answered before the pan, there was no fit left to drop.
    if (panned) expect(await viewport.getAttribute('style')).toBe(left);
  });
});

test.describe('when the user zooms with a button while an opened design is still being laid out', () => {
  test('the camera stays where the button put it, not fitted from under their hand', async ({
    page,
    canvas,
    toolbar,
  }) => {
    test.setTimeout(90_000);
    const laidOut = await openedBeforeLaidOut(page, canvas, toolbar);
    const zoomed = !(await laidOut());
    // A button is the user's hand as much as the wheel: the fit the opening still waited for
    // put the zoom back once the layout answered (a journey zooming out band by band found its
    // Zoom Out undone on a busy machine).
    await canvas.root.getByRole('button', { name: 'Zoom Out' }).click();
    const viewport = page.locator('.react-flow__viewport');
    let left = '';
    await expect
      .poll(async () => {
        const now = (await viewport.getAttribute('style')) ?? '';
        const still = now === left;
        left = now;
        return still;
      })
      .toBe(true);

    await expect.poll(laidOut, { timeout: 30_000 }).toBe(true);
    await canvas.settledBox(canvas.namespace('ns-1'));
    // Had the layout answered before the press, there was no fit left to drop.
    if (zoomed) expect(await viewport.getAttribute('style')).toBe(left);
  });
});
