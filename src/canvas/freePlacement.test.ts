import { describe, expect, it } from 'vitest';
import { freeSpot, openTopSlots, workloadPlaces } from './freePlacement';
import { WORKLOAD_SIZE, workloadSlot } from './layoutGeometry';

const card = (x: number, y: number) => ({ x, y, ...WORKLOAD_SIZE });
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + WORKLOAD_SIZE.width &&
  b.x < a.x + WORKLOAD_SIZE.width &&
  a.y < b.y + WORKLOAD_SIZE.height &&
  b.y < a.y + WORKLOAD_SIZE.height;

describe('a free spot for a new card', () => {
  it('is where it was wanted when nothing is there', () => {
    expect(freeSpot(WORKLOAD_SIZE, { x: 40, y: 60 }, [card(400, 400)])).toEqual({ x: 40, y: 60 });
  });

  it('moves off a card it was dropped on, to somewhere near', () => {
    const spot = freeSpot(WORKLOAD_SIZE, { x: 100, y: 100 }, [card(100, 100)]);
    expect(overlaps(spot, card(100, 100))).toBe(false);
    expect(Math.hypot(spot.x - 100, spot.y - 100)).toBeLessThan(300);
  });

  it('never goes left of or above its bounds (inside its namespace box)', () => {
    const spot = freeSpot(WORKLOAD_SIZE, { x: 0, y: 0 }, [card(24, 56)], { x: 24, y: 56 });
    expect(spot.x).toBeGreaterThanOrEqual(24);
    expect(spot.y).toBeGreaterThanOrEqual(56);
    expect(overlaps(spot, card(24, 56))).toBe(false);
  });

  it('keeps a second card added at the same point off the first', () => {
    const first = freeSpot(WORKLOAD_SIZE, { x: 200, y: 200 }, []);
    const second = freeSpot(WORKLOAD_SIZE, { x: 200, y: 200 }, [card(first.x, first.y)]);
    expect(overlaps(first, second)).toBe(false);
  });
});

describe('workloads that arrive without a position', () => {
  it('take the automatic slots in order when no sibling has a position', () => {
    expect(workloadPlaces(['a', 'b'], {})).toEqual([workloadSlot(0), workloadSlot(1)]);
  });

  it('skip the slots that placed siblings cover', () => {
    const positions = { a: workloadSlot(0), b: { x: 300, y: 70 } };
    const places = workloadPlaces(['a', 'b', 'c', 'd'], positions);
    expect(places.slice(0, 2)).toEqual([positions.a, positions.b]);
    for (const p of places.slice(2)) {
      for (const q of [positions.a, positions.b]) expect(overlaps(p, q)).toBe(false);
    }
    expect(overlaps(places[2] ?? workloadSlot(0), places[3] ?? workloadSlot(0))).toBe(false);
  });
});

describe('namespace boxes without a position', () => {
  it('keep their slots when nothing is placed', () => {
    expect(openTopSlots([{ x: 0, y: 0 }], [{ width: 260, height: 180 }], [])).toEqual([
      { x: 0, y: 0 },
    ]);
  });

  it('move off a box that has a position', () => {
    const [p] = openTopSlots(
      [{ x: 0, y: 0 }],
      [{ width: 260, height: 180 }],
      [{ x: 0, y: 0, width: 800, height: 400 }],
    );
    expect(p !== undefined && (p.x >= 800 || p.y >= 400 || p.x <= -260 || p.y <= -180)).toBe(true);
  });
});
