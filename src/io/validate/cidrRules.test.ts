import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrTextCanonical, cidrTextParse, type CidrText } from '../../engine';
import {
  cidrTextHasHostBits,
  cidrTextIsStrictSubset,
  cidrTextWarnings,
  ipTextWarnings,
} from './cidrRules';
import { propertyRuns } from '../../engine/__fixtures__/propertyRuns';

function parsed(text: string): CidrText {
  const c = cidrTextParse(text);
  if (c === null) throw new Error(`test setup: ${text} does not parse`);
  return c;
}

describe('when a CIDR has bits set past its prefix', () => {
  it('finds host bits beyond the prefix', () => {
    expect(cidrTextHasHostBits(parsed('192.168.242.213/24'))).toBe(true);
    expect(cidrTextHasHostBits(parsed('192.168.242.0/24'))).toBe(false);
    expect(cidrTextCanonical(parsed('192.168.242.213/24'))).toBe('192.168.242.0/24');
  });
});

describe('when an except must be a strict subset of the cidr', () => {
  it.each([
    ['192.168.0.0/16', '192.168.3.0/24', true],
    ['fd00:192:168::/48', 'fd00:192:168:3::/64', true],
    ['10.0.0.0/8', '10.255.255.255/32', true],
    ['10.0.1.1/4', '10.0.0.0/8', true],
    ['192.168.8.0/24', '192.168.9.1/32', false],
    ['192.168.0.0/24', '192.168.0.0/24', false],
    ['fd00:192:168:1::/64', 'fd00:192:168:2::/64', false],
    ['10.0.0.0/8', 'fd00::/64', false],
    ['::/0', '10.0.0.0/8', false],
    ['10.0.0.0/16', '10.0.0.0/8', false],
    ['10.0.0.0/24', '10.0.0.128/24', false],
    ['10.0.0.0/8', '::ffff:10.1.0.0/112', true],
  ])('cidr %j except %j: %j', (cidr, except, subset) => {
    expect(cidrTextIsStrictSubset(parsed(except), parsed(cidr))).toBe(subset);
  });

  const v4Cidr = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([bytes, bits]) => parsed(`${bytes.join('.')}/${bits}`));

  it('is never reflexive', () => {
    fc.assert(
      fc.property(v4Cidr, (c) => !cidrTextIsStrictSubset(c, c)),
      propertyRuns(),
    );
  });

  it('is transitive', () => {
    // A small space, so that chains a ⊂ b ⊂ c come up often.
    const small = fc
      .tuple(
        fc.array(fc.constantFrom(0, 1), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(8, 16, 24, 32),
      )
      .map(([bytes, bits]) => parsed(`10.${bytes.join('.')}/${bits}`));
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        fc.pre(cidrTextIsStrictSubset(a, b) && cidrTextIsStrictSubset(b, c));
        return cidrTextIsStrictSubset(a, c);
      }),
      propertyRuns(),
    );
  });

  it('holds for every longer prefix of the same address', () => {
    fc.assert(
      fc.property(v4Cidr, fc.integer({ min: 1, max: 32 }), (c, extra) => {
        const longer = Math.min(32, c.bits + extra);
        fc.pre(longer > c.bits);
        const inner = parsed(`${c.bytes.join('.')}/${longer}`);
        return cidrTextIsStrictSubset(inner, c);
      }),
      propertyRuns(),
    );
  });
});

describe('when a CIDR is written in a legacy form', () => {
  it.each([
    [
      '10.0.1.1/4',
      [
        'CIDR value "10.0.1.1/4" is ambiguous in this context (should be "0.0.0.0/4" or "10.0.1.1/32"?)',
      ],
    ],
    [
      '192.168.242.213/24',
      [
        'CIDR value "192.168.242.213/24" is ambiguous in this context (should be "192.168.242.0/24" or "192.168.242.213/32"?)',
      ],
    ],
    [
      '010.0.0.0/8',
      [
        'non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
      ],
    ],
    [
      '10.0.0.0/08',
      [
        'non-standard CIDR value "10.0.0.0/08" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
      ],
    ],
    [
      '::ffff:1.2.3.0/120',
      [
        'non-standard CIDR value "::ffff:1.2.3.0/120" will be considered invalid in a future Kubernetes release: use "1.2.3.0/24"',
      ],
    ],
    [
      'FD00::/8',
      ['IPv6 CIDR value "FD00::/8" should be in RFC 5952 canonical format ("fd00::/8")'],
    ],
    [
      'fd00:0:0:0:0:0:0:0/8',
      [
        'IPv6 CIDR value "fd00:0:0:0:0:0:0:0/8" should be in RFC 5952 canonical format ("fd00::/8")',
      ],
    ],
    [
      '4f10:d80:1a00:ffff:ffff:ffff:ffff:ffff/126',
      [
        'CIDR value "4f10:d80:1a00:ffff:ffff:ffff:ffff:ffff/126" is ambiguous in this context (should be "4f10:d80:1a00:ffff:ffff:ffff:ffff:fffc/126" or "4f10:d80:1a00:ffff:ffff:ffff:ffff:ffff/128"?)',
      ],
    ],
    [
      '010.0.1.1/4',
      [
        'CIDR value "010.0.1.1/4" is ambiguous in this context (should be "0.0.0.0/4" or "10.0.1.1/32"?)',
        'non-standard CIDR value "010.0.1.1/4" will be considered invalid in a future Kubernetes release: use "0.0.0.0/4"',
      ],
    ],
  ])('warns about %j as the API server does', (text, warnings) => {
    expect(cidrTextWarnings(text)).toEqual(warnings);
  });

  it.each(['10.0.0.0/8', '::/0', 'fd00:192:168::/48', '192.168.5.10/32', 'not a cidr'])(
    'is quiet about %j',
    (text) => {
      expect(cidrTextWarnings(text)).toEqual([]);
    },
  );

  it('suggests a network that itself draws no warning', () => {
    const anyCidr = fc.oneof(
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
          fc.nat(32),
        )
        .map(([b, n]) => `${b.join('.')}/${n}`),
      fc
        .tuple(
          fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }),
          fc.nat(128),
        )
        .map(([g, n]) => `${g.map((x) => x.toString(16)).join(':')}/${n}`),
    );
    fc.assert(
      fc.property(anyCidr, (text) => {
        const network = cidrTextCanonical(parsed(text));
        expect(cidrTextWarnings(network)).toEqual([]);
      }),
      propertyRuns(),
    );
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
