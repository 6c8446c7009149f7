import { describe, expect, it } from 'vitest';
import { plainEqual } from './plainEqual';

describe('plain data compared', () => {
  it('finds equal nested objects and arrays equal, and a changed leaf not', () => {
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(plainEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(plainEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(plainEqual([1], { 0: 1 })).toBe(false);
  });

  it('never takes a Map, a Set or a Date for another with other contents', () => {
    expect(plainEqual(new Map([['a', 1]]), new Map([['a', 2]]))).toBe(false);
    expect(plainEqual({ s: new Set([1]) }, { s: new Set([2]) })).toBe(false);
    expect(plainEqual(new Date(0), new Date(1))).toBe(false);
    const same = new Map([['a', 1]]);
    expect(plainEqual({ m: same }, { m: same })).toBe(true);
  });
});
