import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cidrTextParse,
  ipTextFormat,
  ipTextParse,
  ipv6Canonical,
  isIpv4Mapped,
  type CidrText,
} from './ipText';
import { propertyRuns } from '../__fixtures__/propertyRuns';

function parsed(text: string): CidrText {
  const c = cidrTextParse(text);
  if (c === null) throw new Error(`test setup: ${text} does not parse`);
  return c;
}

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
    '1.2.3.4.',
    '.1.2.3',
    '1.2.3.',
    '1.2.3.1e2',
    '1.2.3.0x4',
    '1.2.3.-4',
    '1.2.3.+4',
    '\uff11.2.3.4',
  ])('rejects %j', (text) => {
    expect(ipTextParse(text)).toBeNull();
  });

  it('reads dotted IPv4 as Go does: four decimal parts, each at most 255', () => {
    /** The rule as written: split on dots, four runs of digits 0-9, leading zeros not strict. */
    const goIpv4 = (text: string) => {
      const parts = text.split('.');
      if (parts.length !== 4 || !parts.every((p) => /^[0-9]+$/.test(p) && Number(p) <= 255))
        return null;
      const strict = parts.every((p) => p.length === 1 || !p.startsWith('0'));
      return { bytes: parts.map(Number), strict };
    };
    const part = fc.oneof(
      fc.stringMatching(/^[0-9]{1,4}$/),
      fc.constantFrom('', '0', '00', '010', '255', '256', '1e2', ' 1', '+1', '0x1'),
    );
    const text = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(text, (t) => {
        expect(ipTextParse(t)).toEqual(goIpv4(t));
      }),
      propertyRuns(2000),
    );
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

describe('when a CIDR is parsed like ipBlock.cidr', () => {
  it.each([
    ['10.0.0.0/8', 32, 8],
    ['0.0.0.0/0', 32, 0],
    ['192.168.5.10/32', 32, 32],
    ['::/0', 128, 0],
    ['fd00:192:168::/48', 128, 48],
    ['::ffff:1.2.3.0/120', 128, 120],
    ['10.0.0.0/08', 32, 8],
    ['10.0.1.1/4', 32, 4],
  ])('reads %j', (text, width, bits) => {
    const c = cidrTextParse(text);
    expect(c && [c.bytes.length * 8, c.bits]).toEqual([width, bits]);
  });

  it.each([
    '',
    ' ',
    '192.168.5.6',
    'fd00:192:168::',
    '300.300.300.300',
    '300.300.300.300/8',
    '10.0.0.0/33',
    '::/129',
    '10.0.0.0/-1',
    '10.0.0.0/+8',
    '10.0.0.0/',
    '/8',
    '10.0.0.0/8/9',
    ' 10.0.0.0/8',
    '10.0.0.0/8 ',
    'fe80::1%eth0/64',
    '10.0.0.0/8.0',
  ])('rejects %j', (text) => {
    expect(cidrTextParse(text)).toBeNull();
  });

  it('tells a strict form from one with leading zeros', () => {
    expect(['10.0.0.0/8', '010.0.0.0/8', '10.0.0.0/08'].map((t) => parsed(t).strict)).toEqual([
      true,
      false,
      false,
    ]);
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
