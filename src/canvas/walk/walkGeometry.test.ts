import { describe, expect, it } from 'vitest';
import { borderPoint, legPoint, legPoints, walkLegOf } from './walkGeometry';

const web = { x: 0, y: 0, width: 100, height: 50 };
const db = { x: 300, y: 0, width: 100, height: 50 };

describe('when the destination is to the right of the source', () => {
  it('leaves the source by its right side at the egress check', () => {
    expect(walkLegOf('egress', web, db)).toEqual({ from: { x: 50, y: 25 }, to: { x: 100, y: 25 } });
  });

  it('reaches the destination by its left side at the ingress check', () => {
    expect(walkLegOf('ingress', web, db)).toEqual({
      from: { x: 100, y: 25 },
      to: { x: 300, y: 25 },
    });
  });

  it('brings the reply back the same way', () => {
    expect(walkLegOf('reply', web, db)).toEqual({ from: { x: 300, y: 25 }, to: { x: 100, y: 25 } });
  });
});

describe('when the other box is below and to the side', () => {
  it('crosses the bottom border, not a side', () => {
    const p = borderPoint(web, { x: 100, y: 525 });
    expect(p.y).toBe(50);
    expect(p.x).toBeCloseTo(52.5);
  });
});

describe('when a leg is followed', () => {
  const leg = { from: { x: 0, y: 0 }, to: { x: 100, y: 0 } };
  it('starts at its start, ends at its end and stays there past the end', () => {
    expect(legPoint(leg, 0)).toEqual({ x: 0, y: 0 });
    expect(legPoint(leg, 1)).toEqual({ x: 100, y: 0 });
    expect(legPoint(leg, 2)).toEqual({ x: 100, y: 0 });
    expect(legPoint(leg, 0.5).x).toBeCloseTo(50);
  });
});

describe('when a line is drawn between the two, round a card in between', () => {
  // The line's route: out of web's right side, over the card between, into db's left side.
  const line = [
    { x: 100, y: 25 },
    { x: 150, y: -40 },
    { x: 250, y: -40 },
    { x: 300, y: 25 },
  ];

  it('crosses along the line, through its bends, and the reply comes back the same way', () => {
    const there = walkLegOf('ingress', web, db, line);
    expect(legPoints(there)).toEqual(line);
    expect(legPoints(walkLegOf('reply', web, db, line))).toEqual([...line].reverse());
    // Half way, the packet is on the line's middle piece, above the card between.
    expect(legPoint(there, 0.5)).toEqual({ x: 200, y: -40 });
  });

  it('leaves the source where the line does', () => {
    expect(walkLegOf('egress', web, db, line)).toEqual({ from: { x: 50, y: 25 }, to: line[0] });
  });
});
