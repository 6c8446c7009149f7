import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrParse, ipRangeParse, rangeContains, rangesOverlap } from './cidr';
import type { IpRange } from './cidr';
import { propertyRuns } from '../__fixtures__/propertyRuns';

const byte = fc.integer({ min: 0, max: 255 });
const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
const v4Text = fc.array(byte, { minLength: 4, maxLength: 4 }).map((b) => b.join('.'));
const v6Text = fc
  .array(group, { minLength: 8, maxLength: 8 })
  .map((g) => g.map((x) => x.toString(16)).join(':'));

/** CIDR text as users write it: IPv4, IPv6 (full form, any host bits) and IPv4-mapped IPv6. */
const cidrText = fc.oneof(
  fc.tuple(v4Text, fc.nat(32)).map(([a, n]) => `${a}/${n}`),
  fc.tuple(v6Text, fc.nat(128)).map(([a, n]) => `${a}/${n}`),
  fc.tuple(v4Text, fc.nat(128)).map(([a, n]) => `::ffff:${a}/${n}`),
);

function range(text: string): IpRange {
  const r = ipRangeParse(text);
  if (r === null) throw new Error(`generated ${text} does not parse`);
  return r;
}

describe('the parser and the range maths agree', () => {
  it('reads a CIDR and its canonical form as the same addresses', () => {
    fc.assert(
      fc.property(cidrText, (text) => {
        const canonical = cidrParse(text);
        expect(canonical).not.toBeNull();
        expect(range(canonical ?? '')).toEqual(range(text));
        expect(cidrParse(canonical ?? '')).toBe(canonical);
      }),
      propertyRuns(),
    );
  });

  it('reads every CIDR as an aligned power-of-two block', () => {
    fc.assert(
      fc.property(cidrText, (text) => {
        const { first, last } = range(text);
        const size = last - first + 1n;
        expect(size & (size - 1n)).toBe(0n);
        expect(first % size).toBe(0n);
      }),
      propertyRuns(),
    );
  });

  it('reads an IPv4-mapped block of /96 or narrower as the IPv4 block it maps', () => {
    fc.assert(
      fc.property(v4Text, fc.nat(32), (address, n) => {
        expect(range(`::ffff:${address}/${96 + n}`)).toEqual(range(`${address}/${n}`));
      }),
      propertyRuns(),
    );
  });

  // A small space, so that nested blocks come up often.
  const small = fc
    .tuple(
      fc.array(fc.constantFrom(0, 1, 128), { minLength: 3, maxLength: 3 }),
      fc.constantFrom(0, 8, 16, 24, 25, 32),
    )
    .map(([b, n]) => range(`10.${b.join('.')}/${n}`));

  it('contains transitively', () => {
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        fc.pre(rangeContains(a, b) && rangeContains(b, c));
        expect(rangeContains(a, c)).toBe(true);
      }),
      propertyRuns(),
    );
  });

  it('sees two blocks overlap exactly when one holds the other', () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(rangesOverlap(a, b)).toBe(rangeContains(a, b) || rangeContains(b, a));
      }),
      propertyRuns(),
    );
  });
});
