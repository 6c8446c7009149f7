import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipTextFormat, ipTextParse, ipTextWarnings, ipv6Canonical, isIpv4Mapped } from './ipText';
import { propertyRuns } from '../engine/__fixtures__/propertyRuns';

describe('when an IP is parsed like the API server parses legacy IP fields', () => {
  it.each([
    ['10.0.0.1', [10, 0, 0, 1]],
    ['255.255.255.255', [255, 255, 255, 255]],
    ['010.000.0.1', [10, 0, 0, 1]],
  ])('reads IPv4 %j', (text, bytes) => {
    expect(ipTextParse(text)?.bytes).toEqual(bytes);
  });

  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8::FFFF', '2001:db8::ffff'],
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['::1.2.3.4', '::102:304'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['fd00::', 'fd00::'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
  ])('reads IPv6 %j as %j', (text, canonical) => {
    const ip = ipTextParse(text);
    expect(ip?.bytes).toHaveLength(16);
    expect(ipv6Canonical(ip?.bytes ?? [])).toBe(canonical);
  });

  it.each([
    '',
    ' ',
    '300.300.300.300',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.4 ',
    '1..2.3',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    ':1',
    '1:',
    '1:2:3:4:5:6:7::8:9',
    '1:2:3:4:5:6:7:8::',
    '12345::',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:1.2.3.4',
    '::ffff:300.1.1.1',
    'g::1',
    '192.168.5.6/32',
  ])('rejects %j', (text) => {
    expect(ipTextParse(text)).toBeNull();
  });

  it('notes leading zeros, which the strict parser rejects', () => {
    expect(ipTextParse('010.0.0.1')?.strict).toBe(false);
    expect(ipTextParse('10.0.0.1')?.strict).toBe(true);
    expect(ipTextParse('::ffff:010.1.1.1')?.strict).toBe(false);
    expect(ipTextParse('0001::')?.strict).toBe(true);
  });

  it('formats IPv4-mapped IPv6 as IPv4, as Go does', () => {
    const ip = ipTextParse('::ffff:1.2.3.4');
    expect(isIpv4Mapped(ip?.bytes ?? [])).toBe(true);
    expect(ipTextFormat(ip?.bytes ?? [])).toBe('1.2.3.4');
  });
});

describe('when an IP is written in a legacy form', () => {
  it.each([
    [
      '010.1.2.3',
      'non-standard IP address "010.1.2.3" will be considered invalid in a future Kubernetes release: use "10.1.2.3"',
    ],
    [
      '::ffff:1.2.3.4',
      'non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
    ],
    ['FE80::1', 'IPv6 address "FE80::1" should be in RFC 5952 canonical format ("fe80::1")'],
  ])('warns about %j', (text, warning) => {
    expect(ipTextWarnings(text)).toEqual([warning]);
  });
  it.each(['10.1.2.3', 'fe80::1', '2001:db8::'])('is quiet about %j', (text) => {
    expect(ipTextWarnings(text)).toEqual([]);
  });
});

describe('RFC 5952 formatting', () => {
  const ipv6 = fc
    .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 })
    .map((groups) => {
      const bytes: number[] = [];
      for (const g of groups) bytes.push(g >> 8, g & 0xff);
      return bytes;
    });
  const sparse = fc
    .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), {
      minLength: 8,
      maxLength: 8,
    })
    .map((groups) => groups.flatMap((g) => [g >> 8, g & 0xff]));

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.oneof(ipv6, sparse), (bytes) => {
        expect(ipTextParse(ipv6Canonical(bytes))?.bytes).toEqual(bytes);
      }),
      propertyRuns(),
    );
  });

  it('agrees with the WHATWG URL serializer for non-mapped addresses', () => {
    fc.assert(
      fc.property(fc.oneof(ipv6, sparse), (bytes) => {
        fc.pre(!isIpv4Mapped(bytes));
        const text = ipv6Canonical(bytes);
        expect(new URL(`http://[${text}]/`).hostname).toBe(`[${text}]`);
      }),
      propertyRuns(),
    );
  });
});
