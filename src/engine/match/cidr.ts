/**
 * IPv4 and IPv6 addresses and CIDR blocks, parsed by hand (no library).
 * Parsing follows the API server's legacy rules: leading zeros are decimal
 * (`010.0.0.0/8`), and a CIDR with host bits set (`10.0.1.1/4`) is accepted and
 * means its network (`0.0.0.0/4`). IPv4-mapped IPv6 is read as the IPv4 it
 * maps, as Go's `net` package (and so the API server and Go-based network
 * plugins) does: `::ffff:1.2.3.4` is `1.2.3.4` and `::ffff:1.2.3.0/120` is
 * `1.2.3.0/24` (the API server warns that it should be written that way). A
 * block wider than `/96` is not inside the mapped range and stays IPv6.
 * Otherwise an IPv4 address is never inside an IPv6 block, and the reverse.
 */

/** A parsed CIDR in canonical form (`10.0.0.0/8`, `fd00::/64`). Build with `cidrParse`. */
export type Cidr = string & { readonly _brand: 'Cidr' };

/** Every address from `first` to `last` (inclusive) of one family. */
export interface IpRange {
  readonly family: 4 | 6;
  readonly first: bigint;
  readonly last: bigint;
}

interface Address {
  readonly family: 4 | 6;
  readonly value: bigint;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** Four decimal parts of 1 to 3 digits, each at most 255 (leading zeros are decimal). */
function ipv4Parse(s: string): bigint | null {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return null;
    } else if (c === 46 && digits > 0) {
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else {
      return null;
    }
  }
  return dots === 4 ? BigInt(value) : null;
}

function hexGroupsParse(groups: readonly string[]): bigint[] | null {
  const out: bigint[] = [];
  for (const [i, group] of groups.entries()) {
    if (i === groups.length - 1 && group.includes('.')) {
      const v4 = ipv4Parse(group);
      if (v4 === null) return null;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEX_GROUP.test(group)) {
      out.push(BigInt(parseInt(group, 16)));
    } else {
      return null;
    }
  }
  return out;
}

function ipv6Parse(s: string): bigint | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ?? '';
  const tail = halves[1];
  const split = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const headGroups = hexGroupsParse(split(head));
  const tailGroups = tail === undefined ? [] : hexGroupsParse(split(tail));
  if (headGroups === null || tailGroups === null) return null;
  if (tail !== undefined && head !== '' && head.includes('.')) return null;
  const count = headGroups.length + tailGroups.length;
  if (tail === undefined ? count !== 8 : count > 7) return null;
  const groups = [...headGroups, ...Array<bigint>(8 - count).fill(0n), ...tailGroups];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function addressParse(s: string): Address | null {
  if (s.includes(':')) {
    const value = ipv6Parse(s);
    return value === null ? null : { family: 6, value };
  }
  const value = ipv4Parse(s);
  return value === null ? null : { family: 4, value };
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function rangeOf(address: Address, prefix: number): IpRange {
  const hostBits = BigInt(bitsOf(address.family) - prefix);
  const hostMask = (1n << hostBits) - 1n;
  const first = address.value & ~hostMask;
  return { family: address.family, first, last: first | hostMask };
}

function prefixParse(s: string, family: 4 | 6): number | null {
  if (!/^[0-9]{1,3}$/.test(s)) return null;
  const prefix = Number(s);
  return prefix <= bitsOf(family) ? prefix : null;
}

/** `::ffff:0:0/96`, where IPv6 addresses map IPv4 ones. */
const IPV4_MAPPED = 0xffffn;

/** A range inside `::ffff:0:0/96` as the IPv4 range it maps; any other range as it is. */
function unmapped(range: IpRange): IpRange {
  if (range.family !== 6 || range.first >> 32n !== IPV4_MAPPED || range.last >> 32n !== IPV4_MAPPED)
    return range;
  return { family: 4, first: range.first & 0xffffffffn, last: range.last & 0xffffffffn };
}

/** An IP (one address) or a CIDR (every address of its network); null when unparsable. */
export function ipRangeParse(text: string): IpRange | null {
  const slash = text.indexOf('/');
  const address = addressParse(slash < 0 ? text : text.slice(0, slash));
  if (address === null) return null;
  if (slash < 0)
    return unmapped({ family: address.family, first: address.value, last: address.value });
  const prefix = prefixParse(text.slice(slash + 1), address.family);
  return prefix === null ? null : unmapped(rangeOf(address, prefix));
}

function ipv4Format(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/** RFC 5952: lowercase, no leading zeros, the longest run of 2+ zero groups as `::`. */
function ipv6Format(value: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) =>
    Number((value >> s) & 0xffffn),
  );
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (gs: number[]): string => gs.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
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
 * A CIDR (`192.168.0.0/16`, `fd00::/48`) in canonical form; null when it does
 * not parse or has no prefix length. Host bits set means the network:
 * `cidrParse('10.0.1.1/4')` is `0.0.0.0/4`.
 */
export function cidrParse(s: string): Cidr | null {
  if (!s.includes('/')) return null;
  const range = ipRangeParse(s);
  if (range === null) return null;
  const address = range.family === 4 ? ipv4Format(range.first) : ipv6Format(range.first);
  return `${address}/${prefixOf(range)}` as Cidr;
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
