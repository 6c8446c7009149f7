/**
 * IP and CIDR text, parsed the way the API server parses "legacy" IP and CIDR
 * fields (`netutils.ParseIPSloppy` and `ParseCIDRSloppy`, copies of Go 1.16's
 * `net.ParseIP` and `net.ParseCIDR`), the one parser of the engine and the
 * validator:
 *
 * ```yaml
 * cidr: 192.168.5.10/32      # fine
 * cidr: 192.168.242.213/24   # host bits set: means 192.168.242.0/24
 * cidr: 010.0.0.0/8          # leading zeros are decimal: 10.0.0.0/8
 * cidr: ::ffff:1.2.3.0/120   # IPv4-mapped IPv6: the IPv4 block 1.2.3.0/24
 * cidr: 192.168.5.10         # not a CIDR: no prefix length
 * cidr: fe80::1%eth0/64      # not a CIDR: zones are not IP text
 * ```
 *
 * Besides the bytes, a parse says whether Go's strict parsers (`netip.ParseAddr`,
 * `netip.ParsePrefix`) would also accept the text, which is what the API server's
 * "non-standard" warnings are based on. Written by hand: ipaddr.js reads
 * `010.0.0.1` as octal, accepts `10.1`, `0x0a.0.0.1` and zones, and reads
 * `::1.2.3.4` as IPv4-mapped, none of which Go does.
 */

export interface IpText {
  /** 4 bytes for dotted IPv4 text, 16 for IPv6 text (IPv4-mapped included). */
  readonly bytes: readonly number[];
  /** False when `netip.ParseAddr` would reject the text (leading zeros). */
  readonly strict: boolean;
}

/** Dotted IPv4 (`a.b.c.d`), leading zeros allowed (decimal) but noted. */
function ipv4TextParse(s: string): IpText | null {
  // One pass over the characters: every pod has an IP, so no split, regex or array per part.
  const bytes: number[] = [];
  let strict = true;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : DOT;
    if (code !== DOT) {
      if (code < DIGIT_0 || code > DIGIT_9) return null;
      continue;
    }
    if (i === start || bytes.length === 4) return null;
    const n = Number(s.slice(start, i));
    if (n > 255) return null;
    if (i - start > 1 && s.charCodeAt(start) === DIGIT_0) strict = false;
    bytes.push(n);
    start = i + 1;
  }
  return bytes.length === 4 ? { bytes, strict } : null;
}

const DOT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

const HEX_GROUP = /^[0-9a-fA-F]+/;

/** IPv6 text, ported from Go 1.16's `parseIPv6` (one `::`, optional trailing IPv4). */
function ipv6TextParse(text: string): IpText | null {
  const ip = new Array<number>(16).fill(0);
  let s = text;
  let strict = true;
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return { bytes: ip, strict };
  }
  let i = 0;
  while (i < 16) {
    const digits = HEX_GROUP.exec(s)?.[0] ?? '';
    if (digits.length === 0) return null;
    const n = parseInt(digits, 16);
    if (n > 0xffff) return null;
    if (digits.length > 4) strict = false;
    if (s[digits.length] === '.') {
      if (ellipsis < 0 && i !== 12) return null;
      if (i + 4 > 16) return null;
      const v4 = ipv4TextParse(s);
      if (v4 === null) return null;
      if (!v4.strict) strict = false;
      v4.bytes.forEach((b, k) => (ip[i + k] = b));
      i += 4;
      s = '';
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    s = s.slice(digits.length);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return null;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const shift = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + shift] = ip[j] ?? 0;
    for (let j = ellipsis + shift - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return null; // `::` must stand for at least one zero group
  }
  return { bytes: ip, strict };
}

/** `net.ParseIP`: IPv6 text has a `:`, IPv4 text has none. */
export function ipTextParse(s: string): IpText | null {
  return s.includes(':') ? ipv6TextParse(s) : ipv4TextParse(s);
}

export interface CidrText {
  /** The address as written: 4 bytes for IPv4 text, 16 for IPv6 text. */
  readonly bytes: readonly number[];
  /** The prefix length as written (0..32 or 0..128). */
  readonly bits: number;
  /** False when `netip.ParsePrefix` would reject the text (leading zeros in the IP or the length). */
  readonly strict: boolean;
}

/** `net.ParseCIDR`: `ADDRESS/LENGTH`; null when the API server would reject it. */
export function cidrTextParse(s: string): CidrText | null {
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const ip = ipTextParse(s.slice(0, slash));
  const len = s.slice(slash + 1);
  if (ip === null || !/^[0-9]+$/.test(len)) return null;
  const bits = Number(len);
  if (bits > ip.bytes.length * 8) return null;
  const leadingZeroLength = len.length > 1 && len.startsWith('0');
  return { bytes: ip.bytes, bits, strict: ip.strict && !leadingZeroLength };
}

/** `::ffff:a.b.c.d`, an IPv4 address written as IPv6. */
export function isIpv4Mapped(bytes: readonly number[]): boolean {
  if (bytes.length !== 16) return false;
  for (let k = 0; k < 10; k++) if (bytes[k] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/** Go's `IP.To4()`: IPv4 bytes for IPv4 and IPv4-mapped addresses, else the bytes as they are. */
export function ipTo4(bytes: readonly number[]): readonly number[] {
  return isIpv4Mapped(bytes) ? bytes.slice(12) : bytes;
}

/** RFC 5952 text of 16 bytes: lowercase, no leading zeros, longest zero run (>= 2) as `::`. */
export function ipv6Canonical(bytes: readonly number[]): string {
  const groups: number[] = [];
  for (let k = 0; k < 16; k += 2) groups.push(((bytes[k] ?? 0) << 8) | (bytes[k + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let k = 0; k < 8;) {
    if (groups[k] !== 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < 8 && groups[end] === 0) end++;
    if (end - k >= 2 && end - k > bestLen) {
      bestStart = k;
      bestLen = end - k;
    }
    k = end;
  }
  const hex = (g: number[]): string => g.map((x) => x.toString(16)).join(':');
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLen))}`;
}

/** Go's `net.IP.String()`: dotted for IPv4 and IPv4-mapped addresses, RFC 5952 otherwise. */
export function ipTextFormat(bytes: readonly number[]): string {
  const v4 = ipTo4(bytes);
  return v4.length === 4 ? v4.join('.') : ipv6Canonical(v4);
}

/** The canonical text of an IP (`10.0.0.7`, `fd00::7`), or null when it is not one. */
export function ipCanonical(text: string): string | null {
  const ip = ipTextParse(text);
  return ip === null ? null : ipTextFormat(ip.bytes);
}
