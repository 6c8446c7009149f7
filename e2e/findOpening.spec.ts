/**
 * Find on a design whose namespaces open collapsed: the found workload's box opens first, which
 * takes the layout seconds on a large design. Meanwhile the status line says what it opens, and
 * nothing is drawn where it does not belong; once the box is laid out the camera goes there, once.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { API_87, HELD_OUT } from './heldOut';
import { holdLayout, holdLayoutAnswers, releaseLayout } from './layoutHeld';

/** Lets the page draw `count` frames: what it would draw while the layout works, it has drawn. */
async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(done));
  }, count);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await holdLayoutAnswers(page);
});

test('Find in a collapsed namespace says "Opening ns-7…" until it is open, then shows it', async ({
  page,
  canvas,
  collapsed,
  statusLine,
}) => {
  test.slow();
  await collapsed.open('held-out.yaml', HELD_OUT);
  await canvas.laidOut();
  const before = await canvas.viewport();
  await holdLayout(page);
  await canvas.find(API_87);
  // Its box opens: the layout works (held here), the camera waits, the status line says why.
  await expect(statusLine.line).toContainText('Opening ns-7…');
  await frames(page, 10);
  expect(await canvas.viewport()).toEqual(before);
  await releaseLayout(page);
  await canvas.cameraMoved();
  await expect(statusLine.line).not.toContainText('Opening');
  await expect.poll(() => canvas.inView(canvas.workload(API_87))).toBe(true);
});

test('Find right after Open file draws nothing before the layout, then moves once', async ({
  page,
  canvas,
  toolbar,
  statusLine,
}) => {
  test.slow();
  await page.goto('/');
  await holdLayout(page);
  await toolbar.openDesign('held-out.yaml', HELD_OUT);
  await expect(statusLine.line).toContainText('Laying out 200 workloads');
  await canvas.find(API_87);
  // The design waits for its first places, now with ns-7 open: no box is drawn before them (the
  // boxes were drawn where they stood before any layout, at scale 1, for seconds).
  await expect(statusLine.line).toContainText('Opening ns-7…');
  await frames(page, 10);
  await expect(statusLine.line).toContainText('Laying out 200 workloads');
  expect(await canvas.root.locator('.react-flow__node').count()).toBe(0);
  await releaseLayout(page);
  await canvas.cameraMoved();
  const moved = await canvas.viewport();
  const card = canvas.workload(API_87);
  expect(await canvas.inFreeArea(card)).toBe(true);
  await expect(statusLine.line).not.toContainText(/Opening|Laying out/);
  // The whole design's fit, waiting since the file opened, does not take the camera after.
  await canvas.drawn();
  expect(await canvas.viewport()).toEqual(moved);
});
