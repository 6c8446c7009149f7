import { describe, expect, it } from 'vitest';
import { floatingLine } from './edgeGeometry';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

function ends(path: string): number[] {
  return (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
}

describe('a line between two boxes side by side', () => {
  it('leaves the source on the side facing the target and ends on the facing side', () => {
    const [x1, y1, x2, y2] = ends(floatingLine(box(0, 0), box(300, 0)).path);
    expect([x1, y1, x2, y2]).toEqual([100, 25, 300, 25]);
  });

  it('goes the other way for the reverse direction', () => {
    const [x1, , x2] = ends(floatingLine(box(300, 0), box(0, 0)).path);
    expect([x1, x2]).toEqual([300, 100]);
  });

  it('shifts the two lines of a two-way pair apart', () => {
    const there = ends(floatingLine(box(0, 0), box(300, 0), 8).path);
    const back = ends(floatingLine(box(300, 0), box(0, 0), 8).path);
    expect(there[1]).not.toBe(back[1]);
  });
});

describe('a line to a box below', () => {
  it('leaves through the bottom and arrives through the top', () => {
    const [, y1, , y2] = ends(floatingLine(box(0, 0), box(0, 200)).path);
    expect([y1, y2]).toEqual([50, 200]);
  });
});

describe('a line between a box and a box inside it', () => {
  it('runs from the outer box top down to the inner box', () => {
    const outer = { x: 0, y: 0, width: 400, height: 300 };
    const [x1, y1, x2, y2] = ends(floatingLine(outer, box(100, 100)).path);
    expect([x1, y1, x2, y2]).toEqual([150, 0, 150, 100]);
  });
});
