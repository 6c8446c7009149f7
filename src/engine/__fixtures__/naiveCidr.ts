/**
 * The oracle's own IP and CIDR arithmetic: deliberately simple (an address is a
 * bigint, a CIDR is a network address and a prefix length) and independent of
 * the engine's `cidr.ts`. Slow and obvious on purpose.
 */

export interface NaiveRange {
  readonly family: 4 | 6;
  /** The address with every bit past `prefix` cleared (host bits ignored, as the API server does). */
  readonly network: bigint;
  readonly prefix: number;
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return null;
    const n = Number(part); // leading zeros read as decimal, like the API server's legacy parser
    if (n > 255) return null;
    value = value * 256n + BigInt(n);
  }
  return value;
}

function parseIPv6(written: string): bigint | null {
  let text = written;
  // A dotted IPv4 tail (`::ffff:10.0.0.1`) is two 16-bit groups: rewrite it as hex first.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const count = left.length + right.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return null;
  const zeros = halves.length === 2 ? Array.from({ length: 8 - count }, () => '0') : [];
  let value = 0n;
  for (const g of [...left, ...zeros, ...right]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
    value = (value << 16n) | BigInt(parseInt(g, 16));
  }
  return value;
}

/** `10.0.0.1` or `fd00::1` as a single-address range; null when it is not an IP. */
export function naiveParseIp(text: string): NaiveRange | null {
  if (text.includes(':')) {
    const v = parseIPv6(text);
    if (v === null) return null;
    // `::ffff:a.b.c.d` maps an IPv4 address, and Go reads it as that address.
    if (v >> 32n === 0xffffn) return { family: 4, network: v & 0xffffffffn, prefix: 32 };
    return { family: 6, network: v, prefix: 128 };
  }
  const v = parseIPv4(text);
  return v === null ? null : { family: 4, network: v, prefix: 32 };
}

/**
 * `10.0.0.0/8`, `fd00::/64`, or a bare IP (a single host). Host bits past the
 * prefix are cleared: `10.0.1.1/4` is `0.0.0.0/4`.
 */
export function naiveParseCidr(text: string): NaiveRange | null {
  const slash = text.indexOf('/');
  if (slash < 0) return naiveParseIp(text);
  const ip = naiveParseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === null || !/^[0-9]{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  const mapped = ip.family === 4 && text.slice(0, slash).includes(':');
  if (mapped) {
    // An IPv4-mapped block: /96 and narrower map an IPv4 block; wider stays IPv6.
    if (prefix > 128) return null;
    if (prefix >= 96)
      return { family: 4, network: maskTo(ip.network, 4, prefix - 96), prefix: prefix - 96 };
    const v6 = (0xffffn << 32n) | ip.network;
    return { family: 6, network: maskTo(v6, 6, prefix), prefix };
  }
  if (prefix > bitsOf(ip.family)) return null;
  return { family: ip.family, network: maskTo(ip.network, ip.family, prefix), prefix };
}

function maskTo(value: bigint, family: 4 | 6, prefix: number): bigint {
  const hostBits = BigInt(bitsOf(family) - prefix);
  return (value >> hostBits) << hostBits;
}

/** Every address of `inner` lies in `outer` (same family, longer or equal prefix, same leading bits). */
export function naiveRangeWithin(inner: NaiveRange, outer: NaiveRange): boolean {
  return (
    inner.family === outer.family &&
    inner.prefix >= outer.prefix &&
    maskTo(inner.network, inner.family, outer.prefix) === outer.network
  );
}

/** The two ranges share at least one address (one holds the other, since CIDRs nest). */
export function naiveRangesOverlap(a: NaiveRange, b: NaiveRange): boolean {
  return naiveRangeWithin(a, b) || naiveRangeWithin(b, a);
}
