import { describe, expect, it } from 'vitest';
import { corridorLanes, corridorOffsets, LANE_GAP, sharedStretches } from './corridors';
import { polylineOffset } from './polylineOffset';
import type { Point } from './rectGeometry';

const p = (x: number, y: number): Point => ({ x, y });
const single = (...points: Point[]) => ({ points, halfWidth: 0 });

/** The routes drawn with their offsets: where each piece lies. */
function drawn(routes: readonly { points: readonly Point[] }[], offsets: readonly number[][]) {
  return routes.map((r, i) => polylineOffset(r.points, offsets[i] ?? 0));
}

describe('stretches that routes share', () => {
  it('are the pieces of different routes on one line that overlap', () => {
    const groups = sharedStretches([
      [p(0, 0), p(200, 0), p(200, -100)],
      [p(100, 0), p(300, 0), p(300, 100)],
      [p(0, 50), p(300, 50)],
    ]);
    expect(groups).toEqual([
      [
        { route: 0, piece: 0 },
        { route: 1, piece: 0 },
      ],
    ]);
  });

  it('are found whichever way each route runs along them', () => {
    const groups = sharedStretches([
      [p(0, 0), p(200, 0)],
      [p(150, 0), p(-50, 0)],
    ]);
    expect(groups).toHaveLength(1);
  });

  it('leave out lines that only meet end to end, cross, or run side by side apart', () => {
    expect(
      sharedStretches([
        [p(0, 0), p(100, 0)],
        [p(100, 0), p(200, 0)],
        [p(50, -50), p(50, 50)],
        [p(0, 10), p(100, 10)],
      ]),
    ).toEqual([]);
  });
});

describe('lanes along a shared stretch', () => {
  // Two lines leave one card to the right together; one then turns up, the other down.
  const up = single(p(0, 0), p(200, 0), p(300, -100));
  const down = single(p(0, 0), p(200, 0), p(300, 100));

  it('draw the lines apart, a lane each', () => {
    const [a, b] = drawn([up, down], corridorOffsets([up, down]));
    expect(Math.abs((a?.[0]?.y ?? 0) - (b?.[0]?.y ?? 0))).toBeCloseTo(LANE_GAP);
    expect(Math.abs((a?.[1]?.y ?? 0) - (b?.[1]?.y ?? 0))).toBeCloseTo(LANE_GAP);
  });

  it('are ordered by where the lines go, so that they do not cross', () => {
    for (const routes of [
      [up, down],
      [down, up],
    ]) {
      const lines = drawn(routes, corridorOffsets(routes));
      const upper = lines[routes.indexOf(up)];
      const lower = lines[routes.indexOf(down)];
      expect(upper?.[0]?.y ?? 0).toBeLessThan(lower?.[0]?.y ?? 0);
    }
  });

  it('keep the two directions of a pair together, beside the other line', () => {
    const pair = { ...up, halfWidth: 18 };
    const offsets = corridorOffsets([pair, down]);
    const [centre, other] = drawn([pair, down], offsets);
    const there = polylineOffset(centre ?? [], 18);
    const back = polylineOffset([...(centre ?? [])].reverse(), 18).reverse();
    expect(Math.abs((there[0]?.y ?? 0) - (back[0]?.y ?? 0))).toBeCloseTo(36);
    // The pair's lines both lie above the other line, the nearer one a lane's gap from it.
    const ys = [there[0]?.y ?? 0, back[0]?.y ?? 0];
    expect(Math.max(...ys)).toBeLessThan(other?.[0]?.y ?? 0);
    expect((other?.[0]?.y ?? 0) - Math.max(...ys)).toBeCloseTo(LANE_GAP);
  });

  it('narrow when many lines share the stretch, within a band', () => {
    const routes = [-3, -2, -1, 1, 2, 3].map((dy) => single(p(0, 0), p(200, 0), p(300, dy * 50)));
    const lines = drawn(routes, corridorOffsets(routes));
    const ys = lines.map((l) => l[0]?.y ?? 0).sort((x, y) => x - y);
    expect((ys[ys.length - 1] ?? 0) - (ys[0] ?? 0)).toBeLessThanOrEqual(48);
    for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThan(3);
  });

  it('are not drawn where a lane would run into a card', () => {
    const offsets = corridorOffsets([up, down], () => false);
    expect(offsets.flat().every((o) => o === 0)).toBe(true);
  });

  it('say how much room each piece in a lane has beside it, the pointer’s reach', () => {
    const alone = single(p(0, 300), p(300, 300));
    const { rooms } = corridorLanes([up, down, alone]);
    // The shared first pieces have a lane; where the lines part, and the lone line, none.
    expect(rooms).toEqual([[LANE_GAP, undefined], [LANE_GAP, undefined], [undefined]]);
    const many = [-3, -2, -1, 1, 2, 3].map((dy) => single(p(0, 0), p(200, 0), p(300, dy * 50)));
    const drawnMany = drawn(many, corridorLanes(many).offsets);
    const ys = drawnMany.map((l) => l[0]?.y ?? 0).sort((x, y) => x - y);
    const least = Math.min(...ys.slice(1).map((y, i) => y - (ys[i] ?? 0)));
    for (const [room] of corridorLanes(many).rooms) expect(room).toBeCloseTo(least);
    expect(corridorLanes([up, down], () => false).rooms).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});
