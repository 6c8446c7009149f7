import { describe, expect, it } from 'vitest';
import {
  KEEP_RATIO,
  boxWithNearEdges,
  boxesUnion,
  frameChangedMuch,
  lessonFrameOf,
  lessonViewport,
  viewportFitting,
  viewportShows,
} from './lessonCamera';
import type { CameraFrame, CameraLimits } from './lessonCamera';

const FRAME: CameraFrame = {
  width: 1000,
  height: 600,
  insets: { top: 20, right: 20, bottom: 80, left: 60 },
};
const LIMITS: CameraLimits = { maxZoom: 1.4, readableZoom: 0.9, wholeZoom: 0.6 };
const web = { x: 0, y: 0, width: 236, height: 112 };
const api = { x: 348, y: 96, width: 236, height: 112 };
const db = { x: 696, y: 0, width: 236, height: 112 };

function screenBox(box: typeof web, v: { x: number; y: number; zoom: number }) {
  return {
    x: box.x * v.zoom + v.x,
    y: box.y * v.zoom + v.y,
    w: box.width * v.zoom,
    h: box.height * v.zoom,
  };
}

describe('when a subject is fitted', () => {
  it('draws it whole, centred in the part of the canvas no overlay covers', () => {
    const subject = boxesUnion([web, api, db]);
    if (subject === null) throw new Error('three boxes have a union');
    expect(subject).toEqual({ x: 0, y: 0, width: 932, height: 208 });
    const v = viewportFitting(subject, FRAME, 2);
    expect(v.zoom).toBeCloseTo(920 / 932);
    const s = screenBox(subject, v);
    expect(s.x).toBeCloseTo(60);
    expect(s.x + s.w).toBeCloseTo(980);
    expect(s.y + s.h / 2).toBeCloseTo(20 + 500 / 2);
    expect(viewportShows(v, subject, FRAME)).toBe(true);
  });

  it('draws a small subject no closer than the limit', () => {
    expect(viewportFitting(web, FRAME, 1.4).zoom).toBe(1.4);
  });

  it('has no union of no boxes', () => {
    expect(boxesUnion([])).toBeNull();
  });
});

describe('when a lesson steps to the next subject', () => {
  const all = boxesUnion([web, api, db]) ?? web;
  const shown = viewportFitting(all, FRAME, LIMITS.maxZoom);

  it('stays put when the subject is the same', () => {
    expect(lessonViewport(shown, all, FRAME, LIMITS)).toBe(shown);
  });

  it('stays put when a part of what is shown becomes the subject', () => {
    const webAndApi = boxesUnion([web, api]) ?? web;
    expect(lessonViewport(shown, webAndApi, FRAME, LIMITS)).toBe(shown);
  });

  it('moves to fit a subject that is partly out of view', () => {
    const far = { x: 2000, y: 0, width: 236, height: 112 };
    const subject = boxesUnion([web, far]) ?? web;
    const next = lessonViewport(shown, subject, FRAME, LIMITS);
    expect(next).not.toBe(shown);
    expect(viewportShows(next, subject, FRAME)).toBe(true);
  });

  it('moves closer when the subject is shown far smaller than it could be', () => {
    const wide = { ...shown, zoom: 0.3 };
    const next = lessonViewport(wide, web, FRAME, LIMITS);
    expect(next.zoom).toBe(1.4);
  });

  it('moves closer when the view is unreadable and the fit is readable', () => {
    const fit = viewportFitting(all, FRAME, LIMITS.maxZoom);
    const unreadable = viewportFitting(all, FRAME, 0.85);
    expect(fit.zoom * KEEP_RATIO).toBeLessThan(unreadable.zoom);
    expect(viewportShows(unreadable, all, FRAME)).toBe(true);
    expect(lessonViewport(unreadable, all, FRAME, LIMITS)).toEqual(fit);
  });
});

describe('when the canvas changes size', () => {
  it('fits again after a panel is hidden or the window resized', () => {
    expect(frameChangedMuch({ width: 896, height: 378 }, { width: 1280, height: 378 })).toBe(true);
    expect(frameChangedMuch({ width: 1360, height: 734 }, { width: 896, height: 409 })).toBe(true);
  });

  it("keeps its camera when a step's text is a line longer or shorter", () => {
    expect(frameChangedMuch({ width: 1360, height: 734 }, { width: 1360, height: 656 })).toBe(
      false,
    );
  });
});

describe("when a step's card sits in a namespace's box", () => {
  const namespace = { x: -24, y: -56, width: 980, height: 360 };

  it('takes in the edges of the box near the card, and the name above it', () => {
    expect(boxWithNearEdges(web, namespace, 64)).toEqual({
      x: -24,
      y: -56,
      width: 260,
      height: 168,
    });
    expect(boxWithNearEdges(db, namespace, 64)).toEqual({
      x: 696,
      y: -56,
      width: 260,
      height: 168,
    });
  });

  it('leaves the far edges of a large box out, so the camera can come close to the card', () => {
    const large = { x: -24, y: -56, width: 3000, height: 2000 };
    expect(boxWithNearEdges(api, large, 64)).toEqual({ x: 348, y: -56, width: 236, height: 264 });
  });
});

describe('what a lesson step frames', () => {
  // Three tiers: web at the namespace's left edge, the step names api and db only.
  const prod = { x: -12, y: -40, width: 956, height: 272 };
  const named = boxesUnion([api, db]);
  if (named === null) throw new Error('two boxes have a union');

  it('is the whole design, its namespace box whole, when that reads fitted', () => {
    expect(lessonFrameOf(named, prod, FRAME, LIMITS)).toEqual(prod);
    const v = viewportFitting(lessonFrameOf(named, prod, FRAME, LIMITS), FRAME, LIMITS.maxZoom);
    expect(screenBox(prod, v).x).toBeGreaterThanOrEqual(FRAME.insets.left - 1e-9);
  });

  it('is the whole design drawn smaller, its names still readable', () => {
    const wide = { x: 0, y: 0, width: 1314, height: 300 };
    expect(viewportFitting(wide, FRAME, LIMITS.maxZoom).zoom).toBeLessThan(LIMITS.readableZoom);
    expect(lessonFrameOf(named, wide, FRAME, LIMITS)).toEqual(wide);
  });

  it("is the step's subject in a design too large to read whole", () => {
    const large = { x: 0, y: 0, width: 4000, height: 3000 };
    expect(lessonFrameOf(named, large, FRAME, LIMITS)).toEqual(named);
  });

  it("is the step's subject with no design to frame", () => {
    expect(lessonFrameOf(named, null, FRAME, LIMITS)).toEqual(named);
  });
});
