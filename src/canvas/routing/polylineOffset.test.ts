import { describe, expect, it } from 'vitest';
import { polylineOffset } from './polylineOffset';

describe('a polyline moved sideways', () => {
  it('moves a straight line along its normal', () => {
    // The normal (-dy, dx) of a line heading along x is (0, 1).
    expect(
      polylineOffset(
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
        10,
      ),
    ).toEqual([
      { x: 0, y: 10 },
      { x: 100, y: 10 },
    ]);
  });

  it('keeps each piece of a bent line at the same distance from the original', () => {
    const moved = polylineOffset(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ],
      10,
    );
    expect(moved[1]?.x).toBeCloseTo(90);
    expect(moved[1]?.y).toBeCloseTo(10);
    expect(moved[2]).toEqual({ x: 90, y: 100 });
  });

  it('moves the reverse of a line to the other side', () => {
    const there = polylineOffset(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
      10,
    );
    const back = polylineOffset(
      [
        { x: 100, y: 0 },
        { x: 0, y: 0 },
      ],
      10,
    );
    expect(Math.abs((there[0]?.y ?? 0) - (back[0]?.y ?? 0))).toBe(20);
  });

  it('moves each piece by its own shift, the bend where the two moved pieces meet', () => {
    const moved = polylineOffset(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ],
      [8, 0],
    );
    expect(moved[0]).toEqual({ x: 0, y: 8 });
    expect(moved[1]?.x).toBeCloseTo(100);
    expect(moved[1]?.y).toBeCloseTo(8);
    expect(moved[2]).toEqual({ x: 100, y: 100 });
  });

  it('steps across where a straight line changes lane', () => {
    const moved = polylineOffset(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 200, y: 0 },
      ],
      [8, 0],
    );
    expect(moved).toEqual([
      { x: 0, y: 8 },
      { x: 100, y: 8 },
      { x: 100, y: 0 },
      { x: 200, y: 0 },
    ]);
  });
});
