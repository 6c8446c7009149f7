import { describe, expect, it } from 'vitest';
import { viewportUncut } from './uncutFrame';

const frame = { width: 1000, height: 600, insets: { top: 50, right: 50, bottom: 50, left: 50 } };
const card = (x: number, y: number) => ({ x, y, width: 200, height: 100 });
const ZOOMS = { maxZoom: 1, readableZoom: 0.6 };

describe('viewportUncut', () => {
  it('takes in a card the move drew cut at the right edge, zooming out no farther than needed', () => {
    const found = card(0, 0);
    const beside = card(850, 0);
    // The found card at zoom 1, its left edge at 100: the card beside runs 950..1150, cut.
    const view = { x: 100, y: 250, zoom: 1 };
    const next = viewportUncut(view, found, [found, beside], frame, ZOOMS);
    expect(next.zoom).toBeLessThan(1);
    expect(next.zoom).toBeGreaterThanOrEqual(0.6);
    const right = (beside.x + beside.width) * next.zoom + next.x;
    expect(right).toBeLessThanOrEqual(frame.width);
    expect(found.x * next.zoom + next.x).toBeGreaterThanOrEqual(0);
  });

  it('moves the edges into gaps when the cards around cannot all be read whole', () => {
    // A row of cards as long as a large design, 50 apart: each taken in cuts the next.
    const row = Array.from({ length: 40 }, (_, i) => card(i * 250 - 5000, 0));
    const found = card(0, 0);
    const view = { x: 480, y: 250, zoom: 1 };
    const next = viewportUncut(view, found, [found, ...row], frame, ZOOMS);
    expect(next.zoom).toBe(1);
    const cut = row.filter((c) => {
      const left = c.x + next.x;
      const right = left + c.width;
      return right > 0 && left < frame.width && (left < 0 || right > frame.width);
    });
    expect(cut.length).toBeLessThan(2);
    expect(found.x + next.x).toBeGreaterThanOrEqual(50);
    expect(found.x + found.width + next.x).toBeLessThanOrEqual(950);
  });

  it('changes nothing when no card is cut', () => {
    const found = card(0, 0);
    const view = { x: 400, y: 250, zoom: 1 };
    expect(viewportUncut(view, found, [found, card(5000, 0)], frame, ZOOMS)).toBe(view);
  });

  it('leaves the fit of nodes that fill the room, centred, though a card beside is cut', () => {
    // A policy's pods, 1,600 wide, fill the 900 px of free width at 0.5: the card above them is
    // cut at the top edge, and moving down to show it whole would take them off centre.
    const pods = { x: 0, y: 200, width: 1600, height: 400 };
    const above = card(0, 0);
    const view = { x: 100, y: -20, zoom: 0.5 };
    expect(viewportUncut(view, pods, [pods, above], frame, ZOOMS)).toBe(view);
  });
});
