import { describe, expect, it } from 'vitest';
import { ipRangeParse } from './cidr';
import type { IpRange } from './cidr';
import { ipBlockKey, ipBlockMatcherFrom, ipBlockMatchesAny, ipBlockMatchesRange } from './ipBlock';

function range(s: string): IpRange {
  const r = ipRangeParse(s);
  if (r === null) throw new Error(s);
  return r;
}

const block = ipBlockMatcherFrom({ cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] })!;

describe('when an ipBlock has excepts', () => {
  it('matches addresses in cidr and outside every except', () => {
    expect(ipBlockMatchesRange(block, range('172.17.2.9'))).toBe(true);
    expect(ipBlockMatchesRange(block, range('172.17.1.9'))).toBe(false);
    expect(ipBlockMatchesRange(block, range('172.18.0.1'))).toBe(false);
  });

  it('matches a range only when all of it is inside and none of it excepted', () => {
    expect(ipBlockMatchesRange(block, range('172.17.2.0/24'))).toBe(true);
    expect(ipBlockMatchesRange(block, range('172.17.0.0/23'))).toBe(false);
    expect(ipBlockMatchesRange(block, range('172.16.0.0/12'))).toBe(false);
  });

  it('matches a pod when any of its IPs matches', () => {
    expect(ipBlockMatchesAny(block, [range('172.17.1.1'), range('172.17.3.3')])).toBe(true);
    expect(ipBlockMatchesAny(block, [range('172.17.1.1')])).toBe(false);
    expect(ipBlockMatchesAny(block, [])).toBe(false);
  });
});

describe('when an ipBlock is IPv6', () => {
  const v6 = ipBlockMatcherFrom({ cidr: 'fd00:192:168::/48', except: ['fd00:192:168:3::/64'] })!;
  it('matches IPv6 addresses and never IPv4 ones', () => {
    expect(ipBlockMatchesRange(v6, range('fd00:192:168:4::1'))).toBe(true);
    expect(ipBlockMatchesRange(v6, range('fd00:192:168:3::1'))).toBe(false);
    expect(ipBlockMatchesRange(v6, range('192.168.0.1'))).toBe(false);
  });

  it('reads an IPv4-mapped address as the IPv4 address it maps, as Go does', () => {
    expect(ipBlockMatchesRange(block, range('::ffff:172.17.2.9'))).toBe(true);
    expect(ipBlockMatchesRange(v6, range('::ffff:172.17.2.9'))).toBe(false);
  });
});

describe('when an ipBlock does not parse', () => {
  it('has no matcher (it matches nothing)', () => {
    expect(ipBlockMatcherFrom({ cidr: '192.168.5.6' })).toBeNull();
    expect(ipBlockMatcherFrom({ cidr: 'nonsense/8' })).toBeNull();
    expect(ipBlockMatcherFrom({ cidr: '10.0.0.0/8', except: ['300.1.1.1/32'] })).toBeNull();
  });

  it('counts host bits set as the network', () => {
    const b = ipBlockMatcherFrom({ cidr: '192.168.242.213/24' })!;
    expect(ipBlockMatchesRange(b, range('192.168.242.1'))).toBe(true);
  });
});

describe('when two ipBlocks cover the same addresses', () => {
  it('gives them the same key', () => {
    const a = ipBlockMatcherFrom({ cidr: '10.0.0.1/8', except: ['10.2.0.0/16', '10.1.0.0/16'] });
    const b = ipBlockMatcherFrom({ cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.0.0/16'] });
    expect(ipBlockKey(a)).toBe(ipBlockKey(b));
    expect(ipBlockKey(a)).not.toBe(ipBlockKey(ipBlockMatcherFrom({ cidr: '10.0.0.0/8' })));
  });
});
