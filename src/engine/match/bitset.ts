/**
 * Fixed-size sets of pod indexes as `Uint32Array`s: bit `i & 31` of word
 * `i >>> 5` is pod `i`. Bits at or beyond the set's size are always 0, so
 * word-level AND/OR never needs a mask.
 *
 * Functions named `…Into` write into their first argument; they are used
 * only while a set is being built, never on a set another owner holds.
 */
export type Bitset = Uint32Array;

export function bitsetWords(size: number): number {
  return (size + 31) >>> 5;
}

export function bitsetEmpty(size: number): Bitset {
  return new Uint32Array(bitsetWords(size));
}

/** Every index in `[0, size)`. */
export function bitsetFull(size: number): Bitset {
  const bits = new Uint32Array(bitsetWords(size)).fill(0xffffffff);
  const rest = size & 31;
  if (rest !== 0) bits[bits.length - 1] = (1 << rest) - 1;
  return bits;
}

export function bitsetHas(bits: Bitset, index: number): boolean {
  return (((bits[index >>> 5] ?? 0) >>> (index & 31)) & 1) === 1;
}

export function bitsetAddInto(bits: Bitset, index: number): void {
  const w = index >>> 5;
  bits[w] = (bits[w] ?? 0) | (1 << (index & 31));
}

export function bitsetDeleteInto(bits: Bitset, index: number): void {
  const w = index >>> 5;
  bits[w] = (bits[w] ?? 0) & ~(1 << (index & 31));
}

export function bitsetOrInto(target: Bitset, source: Bitset): void {
  for (let w = 0; w < target.length; w++) target[w] = (target[w] ?? 0) | (source[w] ?? 0);
}

/** `a AND b` as a new set. */
export function bitsetAnd(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = (a[w] ?? 0) & (b[w] ?? 0);
  return out;
}

export function bitsetIsEmpty(bits: Bitset): boolean {
  for (const word of bits) if (word !== 0) return false;
  return true;
}

export function bitsetEquals(a: Bitset, b: Bitset): boolean {
  if (a.length !== b.length) return false;
  for (let w = 0; w < a.length; w++) if (a[w] !== b[w]) return false;
  return true;
}

/** The indexes in the set, ascending. */
export function bitsetIndexes(bits: Bitset): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] ?? 0;
    while (word !== 0) {
      const low = word & -word;
      out.push((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}

/**
 * Transposes a 32×32 bit block in place: afterwards bit `r` of `block[c]` is
 * what bit `c` of `block[r]` was. (Recursive block swap, Hacker's Delight 7-3,
 * for least-significant-bit-first columns.)
 */
export function bitBlockTransposeInto(block: Uint32Array): void {
  let m = 0x0000ffff;
  for (let j = 16; j !== 0; j >>>= 1, m ^= m << j) {
    for (let k = 0; k < 32; k = ((k | j) + 1) & ~j) {
      const a = block[k] ?? 0;
      const b = block[k | j] ?? 0;
      const t = ((a >>> j) ^ b) & m;
      block[k] = a ^ (t << j);
      block[k | j] = b ^ t;
    }
  }
}
