import { describe, expect, it } from 'vitest';
import {
  bitBlockTransposeInto,
  bitsetAddInto,
  bitsetAnd,
  bitsetDeleteInto,
  bitsetEmpty,
  bitsetFull,
  bitsetHas,
  bitsetIndexes,
  bitsetIsEmpty,
  bitsetOrInto,
} from './bitset';

describe('when building sets', () => {
  it('holds exactly the indexes added', () => {
    const bits = bitsetEmpty(70);
    for (const i of [0, 31, 32, 69]) bitsetAddInto(bits, i);
    bitsetDeleteInto(bits, 31);
    expect(bitsetIndexes(bits)).toEqual([0, 32, 69]);
    expect(bitsetHas(bits, 32)).toBe(true);
    expect(bitsetHas(bits, 31)).toBe(false);
  });

  it('keeps the bits past the size at zero in a full set', () => {
    expect(bitsetIndexes(bitsetFull(33))).toHaveLength(33);
    expect(bitsetFull(33)[1]).toBe(1);
    expect(bitsetFull(64)[1]).toBe(0xffffffff);
    expect(bitsetFull(0)).toHaveLength(0);
  });

  it('combines sets word by word', () => {
    const a = bitsetEmpty(40);
    const b = bitsetEmpty(40);
    bitsetAddInto(a, 1);
    bitsetAddInto(a, 35);
    bitsetAddInto(b, 35);
    expect(bitsetIndexes(bitsetAnd(a, b))).toEqual([35]);
    bitsetOrInto(b, a);
    expect(bitsetIndexes(b)).toEqual([1, 35]);
    expect(bitsetIsEmpty(bitsetEmpty(40))).toBe(true);
  });
});

describe('when transposing a 32x32 block', () => {
  it('moves bit c of row r to bit r of row c', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    for (let round = 0; round < 20; round++) {
      const block = new Uint32Array(32).map(() => random());
      const before = block.slice();
      bitBlockTransposeInto(block);
      for (let r = 0; r < 32; r++) {
        for (let c = 0; c < 32; c++) {
          expect(((block[c]! >>> r) & 1) === 1).toBe(((before[r]! >>> c) & 1) === 1);
        }
      }
    }
  });
});
