import { describe, expect, it } from 'vitest';
import { naiveParseCidr, naiveParseIp, naiveRangesOverlap, naiveRangeWithin } from './naiveCidr';

const cidr = (s: string) => {
  const r = naiveParseCidr(s);
  if (r === null) throw new Error(`bad test CIDR ${s}`);
  return r;
};

describe("the oracle's CIDR arithmetic", () => {
  it('reads IPv4 addresses as 32-bit numbers', () => {
    expect(naiveParseIp('10.1.0.2')).toEqual({ family: 4, network: 0x0a010002n, prefix: 32 });
  });

  it('reads IPv6 with :: compression, full form and a dotted IPv4 tail alike', () => {
    const want = { family: 6, network: 0xfd000002000000000000000000000002n, prefix: 128 };
    expect(naiveParseIp('fd00:2::2')).toEqual(want);
    expect(naiveParseIp('fd00:2:0:0:0:0:0:2')).toEqual(want);
    expect(naiveParseIp('::')).toEqual({ family: 6, network: 0n, prefix: 128 });
    expect(naiveParseIp('::ffff:10.0.0.1')).toEqual({
      family: 4,
      network: 0x0a000001n,
      prefix: 32,
    });
    expect(naiveParseCidr('::ffff:10.0.0.0/104')).toEqual({
      family: 4,
      network: 0x0a000000n,
      prefix: 8,
    });
  });

  it('rejects what is not an address', () => {
    for (const bad of [
      '',
      '10.0.0',
      '10.0.0.256',
      '1::2::3',
      'fd00::g',
      '1:2:3:4:5:6:7:8:9',
      '10.0.0.0/33',
    ]) {
      expect(naiveParseCidr(bad)).toBeNull();
    }
  });

  it('clears host bits: 10.1.0.1/4 is the network 0.0.0.0/4', () => {
    expect(cidr('10.1.0.1/4')).toEqual(cidr('0.0.0.0/4'));
    expect(cidr('fd00::1/64')).toEqual(cidr('fd00::/64'));
  });

  it('finds a range inside another only within the same family', () => {
    expect(naiveRangeWithin(cidr('10.1.0.2/32'), cidr('10.0.0.0/8'))).toBe(true);
    expect(naiveRangeWithin(cidr('10.0.0.0/8'), cidr('10.1.0.2/32'))).toBe(false);
    expect(naiveRangeWithin(cidr('11.0.0.1'), cidr('10.0.0.0/8'))).toBe(false);
    expect(naiveRangeWithin(cidr('::a00:1'), cidr('0.0.0.0/0'))).toBe(false);
    expect(naiveRangeWithin(cidr('10.0.0.1'), cidr('::/0'))).toBe(false);
  });

  it('says nested ranges overlap and disjoint ones do not', () => {
    expect(naiveRangesOverlap(cidr('10.2.0.0/24'), cidr('10.2.0.2/32'))).toBe(true);
    expect(naiveRangesOverlap(cidr('10.2.1.0/24'), cidr('10.2.0.2/32'))).toBe(false);
  });
});
