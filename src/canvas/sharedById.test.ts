import { describe, expect, it } from 'vitest';
import { plainEqual } from '../store';
import { sharedById, sharer } from './sharedById';

const node = (id: string, x: number, labels: string[] = []) => ({
  id,
  position: { x, y: 0 },
  data: { labels },
});

describe('when the nodes are built again', () => {
  it('hands back the previous object of every node that did not change', () => {
    const before = [node('a', 0, ['app=web']), node('b', 10)];
    const after = [node('a', 0, ['app=web']), node('b', 20)];
    const shared = sharedById(before, after);
    expect(shared[0]).toBe(before[0]);
    expect(shared[1]).toBe(after[1]);
  });

  it('hands back the previous list itself when nothing changed', () => {
    const before = [node('a', 0), node('b', 10)];
    expect(sharedById(before, [node('a', 0), node('b', 10)])).toBe(before);
  });

  it('gives a new list when a node comes, goes or moves in the order', () => {
    const before = [node('a', 0), node('b', 10)];
    expect(sharedById(before, [node('a', 0)])).not.toBe(before);
    const swapped = sharedById(before, [node('b', 10), node('a', 0)]);
    expect(swapped).not.toBe(before);
    expect(swapped[0]).toBe(before[1]);
  });

  it('remembers the last list when used as a sharer', () => {
    const share = sharer<ReturnType<typeof node>>();
    const first = share([node('a', 0)]);
    expect(share([node('a', 0)])).toBe(first);
  });
});

describe('plain equality', () => {
  it('compares nested arrays and objects by value', () => {
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(plainEqual({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(plainEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(plainEqual([1], { 0: 1 })).toBe(false);
  });
});
