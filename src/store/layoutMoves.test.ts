import { describe, expect, it } from 'vitest';
import { positionsMoved, positionsWithout } from './layoutMoves';

describe('when a node is renamed', () => {
  it('moves its position to the new id and forgets the old one', () => {
    const before = { 'workload:prod/workload-1': { x: 1, y: 2 }, 'namespace:prod': { x: 0, y: 0 } };
    expect(positionsMoved(before, 'workload:prod/workload-1', 'workload:prod/web')).toEqual({
      'workload:prod/web': { x: 1, y: 2 },
      'namespace:prod': { x: 0, y: 0 },
    });
  });

  it('takes the workloads of a renamed namespace along', () => {
    const before = { 'namespace:ns-1': { x: 5, y: 5 }, 'workload:ns-1/web': { x: 1, y: 2 } };
    expect(positionsMoved(before, 'namespace:ns-1', 'namespace:prod')).toEqual({
      'namespace:prod': { x: 5, y: 5 },
      'workload:prod/web': { x: 1, y: 2 },
    });
  });

  it('changes nothing when the node had no position', () => {
    const before = { 'namespace:prod': { x: 0, y: 0 } };
    expect(positionsMoved(before, 'workload:prod/a', 'workload:prod/b')).toBe(before);
  });
});

describe('when positions are forgotten', () => {
  it('drops only those ids', () => {
    const before = { a: { x: 1, y: 1 }, b: { x: 2, y: 2 } };
    expect(positionsWithout(before, ['a'])).toEqual({ b: { x: 2, y: 2 } });
    expect(positionsWithout(before, ['c'])).toBe(before);
  });
});
