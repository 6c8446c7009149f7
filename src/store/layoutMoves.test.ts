import { describe, expect, it } from 'vitest';
import {
  positionsFollowing,
  positionsMoved,
  positionsPatch,
  positionsPatched,
  positionsWithout,
} from './layoutMoves';

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

describe('when an edit renames or moves a node', () => {
  const before = {
    'namespace:ns-1': { x: 5, y: 5 },
    'workload:ns-1/web': { x: 1, y: 2 },
    'external:backup': { x: 9, y: 9 },
  };

  it('the positions follow a renamed namespace, workload or endpoint', () => {
    expect(
      positionsFollowing(before, { type: 'renameNamespace', name: 'ns-1', newName: 'prod' }),
    ).toEqual({
      'namespace:prod': { x: 5, y: 5 },
      'workload:prod/web': { x: 1, y: 2 },
      'external:backup': { x: 9, y: 9 },
    });
    const renamed = positionsFollowing(before, {
      type: 'updateWorkload',
      namespace: 'ns-1',
      name: 'web',
      changes: { namespace: 'prod', name: 'shop' },
    });
    expect(renamed['workload:prod/shop']).toEqual({ x: 1, y: 2 });
    expect(renamed['workload:ns-1/web']).toBeUndefined();
    const endpoint = positionsFollowing(before, {
      type: 'updateExternal',
      name: 'backup',
      external: { name: 'vault', cidr: '192.0.2.1/32' },
    });
    expect(endpoint['external:vault']).toEqual({ x: 9, y: 9 });
  });

  it('other edits leave the positions as they are', () => {
    expect(positionsFollowing(before, { type: 'removeNamespace', name: 'ns-1' })).toBe(before);
    const labels = { type: 'updateWorkload', namespace: 'ns-1', name: 'web', changes: {} } as const;
    expect(positionsFollowing(before, labels)).toBe(before);
  });
});

describe('when positions are patched', () => {
  it('sets and takes away positions, and the patch between two layouts turns one into the other', () => {
    const a = { x: { x: 1, y: 1 }, y: { x: 2, y: 2 } };
    const b = positionsPatched(a, { x: null, z: { x: 3, y: 3 } });
    expect(b).toEqual({ y: { x: 2, y: 2 }, z: { x: 3, y: 3 } });
    expect(positionsPatch(a, b)).toEqual({ x: null, z: { x: 3, y: 3 } });
    expect(positionsPatched(b, positionsPatch(b, a))).toEqual(a);
  });

  it('keeps the same object when the patch changes nothing', () => {
    const a = { x: { x: 1, y: 1 } };
    expect(positionsPatched(a, { x: { x: 1, y: 1 }, y: null })).toBe(a);
    expect(positionsPatch(a, a)).toEqual({});
  });
});
