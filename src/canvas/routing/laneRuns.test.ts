import { describe, expect, it } from 'vitest';
import { laneRunsOf, roomsMoved } from './laneRuns';
import { polylineOffset, polylineOffsetOrigins } from './polylineOffset';
import type { Point } from './rectGeometry';

const p = (x: number, y: number): Point => ({ x, y });

describe('a line cut where it enters or leaves a lane', () => {
  const points = [p(0, 0), p(100, 0), p(200, 0), p(200, 100), p(300, 100)];

  it('runs alone along the pieces with no lane, in lanes by room along the others', () => {
    expect(laneRunsOf(points, [undefined, 8, 8, undefined])).toEqual({
      alone: [points.slice(0, 2), points.slice(3)],
      lanes: [{ room: 8, runs: [points.slice(1, 4)] }],
    });
    expect(laneRunsOf(points, [4, 4, undefined, 8])).toEqual({
      alone: [points.slice(2, 4)],
      lanes: [
        { room: 4, runs: [points.slice(0, 3)] },
        { room: 8, runs: [points.slice(3)] },
      ],
    });
  });

  it('is not cut at all with no lane', () => {
    expect(laneRunsOf(points, [undefined, undefined, undefined, undefined])).toBeUndefined();
    expect(laneRunsOf(points, [])).toBeUndefined();
  });
});

describe('the rooms of a line moved sideways', () => {
  it('stay with their pieces, and a step across at a bend takes the narrower', () => {
    // Moved by 0, then 8: at the straight joint the moved line steps across, one piece more.
    const line = [p(0, 0), p(100, 0), p(200, 0)];
    const origins = polylineOffsetOrigins(line, [0, 8]);
    expect(polylineOffset(line, [0, 8])).toHaveLength(4);
    expect(origins).toEqual([0, 1, 1, 2]);
    expect(roomsMoved([undefined, 8], origins)).toEqual([undefined, 8, 8]);
    // Moved by one shift, one point for each.
    const bent = [p(0, 0), p(100, 0), p(100, 100)];
    expect(roomsMoved([4, undefined], polylineOffsetOrigins(bent, 6))).toEqual([4, undefined]);
  });
});
