import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  cidrOverlaps,
  cidrParse,
  cidrRange,
  ipRangeParse,
  rangeContains,
  rangesOverlap,
} from './cidr';
import type { Cidr } from './cidr';

function cidr(s: string): Cidr {
  const c = cidrParse(s);
  if (c === null) throw new Error(`test CIDR ${s} does not parse`);
  return c;
}

describe('when parsing CIDRs', () => {
  it('accepts IPv4 and IPv6 blocks in canonical form', () => {
    expect(cidrParse('192.168.0.0/16')).toBe('192.168.0.0/16');
    expect(cidrParse('10.0.0.1/32')).toBe('10.0.0.1/32');
    expect(cidrParse('0.0.0.0/0')).toBe('0.0.0.0/0');
    expect(cidrParse('fd00:192:168::/48')).toBe('fd00:192:168::/48');
    expect(cidrParse('FD00:0:0:0:0:0:0:0/8')).toBe('fd00::/8');
    expect(cidrParse('::/0')).toBe('::/0');
    expect(cidrParse('2001:db8:0:0:1:0:0:1/128')).toBe('2001:db8::1:0:0:1/128');
  });

  it('counts a CIDR with host bits set as its network', () => {
    expect(cidrParse('10.0.1.1/4')).toBe('0.0.0.0/4');
    expect(cidrParse('192.168.242.213/24')).toBe('192.168.242.0/24');
    expect(cidrParse('fd00::1/64')).toBe('fd00::/64');
  });

  it('accepts legacy leading zeros as decimal', () => {
    expect(cidrParse('010.0.0.0/08')).toBe('10.0.0.0/8');
  });

  it('accepts any run of leading zeros, as the API server and the validator do', () => {
    expect(cidrParse('0010.0.0.0/0008')).toBe('10.0.0.0/8');
    expect(cidrParse('00fd00::/16')).toBe('fd00::/16');
  });

  it('reads IPv4-mapped IPv6 as the IPv4 block it maps, as Go does', () => {
    expect(cidrParse('::ffff:1.2.3.0/120')).toBe('1.2.3.0/24');
    expect(cidrRange(cidr('::ffff:1.2.3.0/120')).family).toBe(4);
    expect(cidrContains(cidr('::ffff:1.2.3.0/120'), cidr('1.2.3.4/32'))).toBe(true);
  });

  it('keeps a block wider than the mapped range as IPv6', () => {
    expect(cidrParse('::ffff:1.2.3.0/80')).toBe('::/80');
    expect(cidrRange(cidr('::/80')).family).toBe(6);
  });

  it('rejects what is not a CIDR', () => {
    for (const bad of [
      '',
      ' ',
      '192.168.5.6',
      'fd00:192:168::',
      '300.300.300.300/32',
      '10.0.0.0/33',
      '::/129',
      '10.0.0/8',
      '10.0.0.0.0/8',
      '1:2:3:4:5:6:7:8:9/64',
      '1::2::3/64',
      '12345::/16',
      'fe80::1%eth0/64',
      '10.0.0.0/',
      '10.0.0.0/-1',
      'a.b.c.d/8',
      ' 10.0.0.0/8',
    ]) {
      expect(cidrParse(bad), bad).toBeNull();
    }
  });
});

describe('when parsing an IP or a range', () => {
  it('reads a bare address as a single host', () => {
    const r = ipRangeParse('192.168.5.10');
    expect(r).toEqual({ family: 4, first: 0xc0a8050an, last: 0xc0a8050an });
    expect(ipRangeParse('::1')).toEqual({ family: 6, first: 1n, last: 1n });
  });

  it('reads an IPv4-mapped address as the IPv4 address it maps', () => {
    expect(ipRangeParse('::ffff:192.168.0.1')).toEqual({
      family: 4,
      first: 0xc0a80001n,
      last: 0xc0a80001n,
    });
  });

  it('reads an IPv4 tail inside other IPv6 as IPv6', () => {
    expect(ipRangeParse('64:ff9b::192.168.0.1')).toEqual({
      family: 6,
      first: 0x64ff9b0000000000000000c0a80001n,
      last: 0x64ff9b0000000000000000c0a80001n,
    });
  });

  it('reads a CIDR as every address of its network', () => {
    expect(ipRangeParse('10.0.0.0/24')).toEqual({
      family: 4,
      first: 0x0a000000n,
      last: 0x0a0000ffn,
    });
  });
});

describe('when comparing blocks', () => {
  it('contains a block inside it and not one that sticks out', () => {
    expect(cidrContains(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrContains(cidr('10.0.0.0/8'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrContains(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrContains(cidr('10.0.0.0/8'), cidr('11.0.0.0/8'))).toBe(false);
  });

  it('sees overlaps in both directions', () => {
    expect(cidrOverlaps(cidr('10.0.0.0/8'), cidr('10.1.0.0/16'))).toBe(true);
    expect(cidrOverlaps(cidr('10.1.0.0/16'), cidr('10.0.0.0/8'))).toBe(true);
    expect(cidrOverlaps(cidr('10.0.0.0/16'), cidr('10.1.0.0/16'))).toBe(false);
  });

  it('never mixes IPv4 and IPv6', () => {
    expect(cidrContains(cidr('::/0'), cidr('10.0.0.0/8'))).toBe(false);
    expect(cidrContains(cidr('0.0.0.0/0'), cidr('::/128'))).toBe(false);
    expect(cidrOverlaps(cidr('::/0'), cidr('0.0.0.0/0'))).toBe(false);
    const v4 = ipRangeParse('0.0.0.1');
    const v6 = ipRangeParse('::1');
    if (v4 === null || v6 === null) throw new Error('parse');
    expect(rangeContains(v6, v4)).toBe(false);
    expect(rangesOverlap(v4, v6)).toBe(false);
  });
});
