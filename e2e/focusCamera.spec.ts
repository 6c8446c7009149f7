/**
 * F's camera: it waits while the namespaces a focus opens are placed, then moves once to frame
 * the neighbourhood in the free part of the canvas (clear of the controls and the focus's note),
 * never farther out than Zoom Out goes; the lines that keep arriving do not move it again.
 */
import type { Page } from '@playwright/test';
import { MIN_ZOOM } from '../src/canvas/minZoom';
import { expect, test } from './fixtures';
import { API_87, findApi87 } from './heldOut';

/** Notes every place the camera takes from now on, with whether the layout was working then. */
async function watchCameraAndLayout(page: Page): Promise<void> {
  await page.locator('.react-flow__viewport').evaluate((viewport) => {
    const places: { transform: string; laying: boolean }[] = [];
    (window as unknown as { cameraLog: typeof places }).cameraLog = places;
    new MutationObserver(() => {
      const s = window.__editor?.getState();
      const laying = s?.layoutRequest != null && s.layoutRequest.id > s.layoutDone;
      const transform = getComputedStyle(viewport).transform;
      if (places.at(-1)?.transform !== transform) places.push({ transform, laying });
    }).observe(viewport, { attributes: true, attributeFilter: ['style'] });
  });
}

async function cameraLog(page: Page): Promise<{ transform: string; laying: boolean }[]> {
  return page.evaluate(
    () =>
      (window as unknown as { cameraLog?: { transform: string; laying: boolean }[] }).cameraLog ??
      [],
  );
}

test('F on a busy workload moves the camera once, after its boxes are placed, and no further', async ({
  page,
  canvas,
}) => {
  // A 200-workload design opened, found, focused: each step waits for what it means.
  test.slow();
  await findApi87(page, canvas);
  await canvas.cameraMoved();
  await watchCameraAndLayout(page);
  await page.keyboard.press('f');
  await expect(canvas.focusNote).toContainText(`Focused on ${API_87}`);
  await canvas.cameraMoved();
  const moved = await canvas.viewport();
  // The lines of the namespaces it opened keep arriving; the camera stays where it went.
  await canvas.focusDrawn();
  expect(await canvas.viewport()).toEqual(moved);
  const log = await cameraLog(page);
  expect(log.length, 'the camera never moved').toBeGreaterThan(0);
  // Nothing moved while the boxes it opens were being placed (no frame of what stood for them).
  expect(log.filter((p) => p.laying)).toEqual([]);
  expect(moved.zoom).toBeGreaterThanOrEqual(MIN_ZOOM - 1e-6);
  // Its neighbourhood reaches every namespace: the view holds it and its nearest neighbours,
  // and the note says so.
  await expect(canvas.focusNote).toContainText(
    /In view: the \d+ nearest of its \d+ neighbours; follow its lines for the rest/,
  );
  expect(await canvas.inFreeArea(canvas.workload(API_87))).toBe(true);
});

test('F on a workload with a few neighbours frames them all, centred, clear of the note', async ({
  page,
  canvas,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?fixture=three-tier');
  await canvas.workload('prod/db').click();
  await canvas.cameraMoved();
  await page.keyboard.press('f');
  await expect(canvas.focusNote).toContainText('Focused on prod/db');
  await canvas.focusDrawn();
  const area = await canvas.freeArea();
  // What the focus lit: its workload, its peers and the box of a line to a whole namespace.
  const lit = canvas.root.locator('.react-flow__node[data-lit]');
  expect(await lit.count()).toBeGreaterThan(1);
  const boxes = [];
  for (const card of await lit.all()) {
    expect(await canvas.inFreeArea(card), String(await card.getAttribute('data-id'))).toBe(true);
    const box = await card.boundingBox();
    if (box !== null) boxes.push(box);
  }
  // Centred across the canvas: as much room left of them as right.
  const left = Math.min(...boxes.map((b) => b.x)) - area.x;
  const right = area.r - Math.max(...boxes.map((b) => b.x + b.width));
  expect(Math.abs(left - right)).toBeLessThanOrEqual(24);
  await expect(canvas.focusNote).not.toContainText('In view:');
});
