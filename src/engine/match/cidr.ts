/**
 * Ranges of IPv4 and IPv6 addresses and CIDR blocks, over bigints. Text is read
 * by `ipText.ts`, the API server's legacy rules: leading zeros are decimal
 * (`010.0.0.0/8`), and a CIDR with host bits set (`10.0.1.1/4`) is accepted and
 * means its network (`0.0.0.0/4`). IPv4-mapped IPv6 is read as the IPv4 it
 * maps, as Go's `net` package (and so the API server and Go-based network
 * plugins) does: `::ffff:1.2.3.4` is `1.2.3.4` and `::ffff:1.2.3.0/120` is
 * `1.2.3.0/24` (the API server warns that it should be written that way). A
 * block wider than `/96` is not inside the mapped range and stays IPv6.
 * Otherwise an IPv4 address is never inside an IPv6 block, and the reverse.
 */
import { cidrTextParse, ipTextParse, ipv6Canonical } from './ipText';
import type { CidrText, IpText } from './ipText';

/** A parsed CIDR in canonical form (`10.0.0.0/8`, `fd00::/64`). Build with `cidrParse`. */
export type Cidr = string & { readonly _brand: 'Cidr' };

/** Every address from `first` to `last` (inclusive) of one family. */
export interface IpRange {
  readonly family: 4 | 6;
  readonly first: bigint;
  readonly last: bigint;
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function bytesValue(bytes: readonly number[]): bigint {
  const [a = 0, b = 0, c = 0, d = 0] = bytes;
  // IPv4 (every pod IP, most blocks) in one bigint; 32 bits fit a double exactly.
  if (bytes.length === 4) return BigInt(a * 0x1000000 + b * 0x10000 + c * 0x100 + d);
  return bytes.reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
}

/** `::ffff:0:0/96`, where IPv6 addresses map IPv4 ones. */
const IPV4_MAPPED = 0xffffn;

/** A range inside `::ffff:0:0/96` as the IPv4 range it maps; any other range as it is. */
function unmapped(range: IpRange): IpRange {
  if (range.family !== 6 || range.first >> 32n !== IPV4_MAPPED || range.last >> 32n !== IPV4_MAPPED)
    return range;
  return { family: 4, first: range.first & 0xffffffffn, last: range.last & 0xffffffffn };
}

/** The one address of a parsed IP (IPv4-mapped IPv6 as the IPv4 address it maps). */
export function ipTextRange(ip: IpText): IpRange {
  const value = bytesValue(ip.bytes);
  return unmapped({ family: ip.bytes.length === 4 ? 4 : 6, first: value, last: value });
}

/** Every address of a parsed CIDR's network: host bits are ignored, IPv4-mapped is IPv4. */
export function cidrTextRange(c: CidrText): IpRange {
  const family = c.bytes.length === 4 ? 4 : 6;
  const hostMask = (1n << BigInt(bitsOf(family) - c.bits)) - 1n;
  const first = bytesValue(c.bytes) & ~hostMask;
  return unmapped({ family, first, last: first | hostMask });
}

/** An IP (one address) or a CIDR (every address of its network); null when unparsable. */
export function ipRangeParse(text: string): IpRange | null {
  if (text.includes('/')) {
    const c = cidrTextParse(text);
    return c === null ? null : cidrTextRange(c);
  }
  const ip = ipTextParse(text);
  return ip === null ? null : ipTextRange(ip);
}

function addressFormat(family: 4 | 6, value: bigint): string {
  const bytes: number[] = [];
  for (let shift = BigInt(bitsOf(family) - 8); shift >= 0n; shift -= 8n)
    bytes.push(Number((value >> shift) & 0xffn));
  return family === 4 ? bytes.join('.') : ipv6Canonical(bytes);
}

function prefixOf(range: IpRange): number {
  let size = range.last - range.first + 1n;
  let hostBits = 0;
  while (size > 1n) {
    size >>= 1n;
    hostBits++;
  }
  return bitsOf(range.family) - hostBits;
}

/**
 * A parsed CIDR's network in canonical form, as Go's `IPNet.String()` writes it:
 * `192.168.242.213/24` is `192.168.242.0/24`, `::ffff:1.2.3.0/120` is `1.2.3.0/24`.
 */
export function cidrTextCanonical(c: CidrText): Cidr {
  const range = cidrTextRange(c);
  return `${addressFormat(range.family, range.first)}/${prefixOf(range)}` as Cidr;
}

/**
 * A CIDR (`192.168.0.0/16`, `fd00::/48`) in canonical form; null when it does
 * not parse or has no prefix length. Host bits set means the network:
 * `cidrParse('10.0.1.1/4')` is `0.0.0.0/4`.
 */
export function cidrParse(s: string): Cidr | null {
  const c = cidrTextParse(s);
  return c === null ? null : cidrTextCanonical(c);
}

/** The addresses of a parsed CIDR. */
export function cidrRange(cidr: Cidr): IpRange {
  const range = ipRangeParse(cidr);
  if (range === null) throw new Error(`not a parsed Cidr: ${cidr}`);
  return range;
}

/** Every address of `inner` is in `outer` (same family). */
export function rangeContains(outer: IpRange, inner: IpRange): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** Some address is in both (same family). */
export function rangesOverlap(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return rangeContains(cidrRange(outer), cidrRange(inner));
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return rangesOverlap(cidrRange(a), cidrRange(b));
}
