/**
 * CIDR text, parsed the way the API server parses `ipBlock.cidr` and
 * `ipBlock.except` (`netutils.ParseCIDRSloppy`, Go 1.16's `net.ParseCIDR`) while
 * the `StrictIPCIDRValidation` gate is off, its default:
 *
 * ```yaml
 * cidr: 192.168.5.10/32      # fine
 * cidr: 192.168.242.213/24   # accepted with a warning: host bits set, means 192.168.242.0/24
 * cidr: 010.0.0.0/8          # accepted with a warning: leading zeros
 * cidr: ::ffff:1.2.3.0/120   # accepted with a warning: IPv4-mapped IPv6
 * cidr: 192.168.5.10         # rejected: no prefix length
 * ```
 */
import {
  ipTextFormat,
  ipTo4,
  ipv4TextParse,
  ipv6Canonical,
  ipv6TextParse,
  isIpv4Mapped,
} from './ipText';

export interface CidrText {
  /** The address as written: 4 bytes for IPv4 text, 16 for IPv6 text. */
  readonly bytes: readonly number[];
  /** The prefix length as written (0..32 or 0..128). */
  readonly bits: number;
  /** False when `netip.ParsePrefix` would reject the text (leading zeros in the IP or the length). */
  readonly strict: boolean;
}

/** Parses `ADDRESS/LENGTH`; null when the API server would reject it. */
export function cidrTextParse(s: string): CidrText | null {
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const addr = s.slice(0, slash);
  const len = s.slice(slash + 1);
  const ip = ipv4TextParse(addr) ?? ipv6TextParse(addr);
  if (ip === null || !/^[0-9]+$/.test(len)) return null;
  const bits = Number(len);
  if (bits > ip.bytes.length * 8) return null;
  const leadingZeroLength = len.length > 1 && len.startsWith('0');
  return { bytes: ip.bytes, bits, strict: ip.strict && !leadingZeroLength };
}

function maskBytes(bytes: readonly number[], bits: number): number[] {
  return bytes.map((b, k) => {
    const keep = Math.min(8, Math.max(0, bits - 8 * k));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

/** The network (host bits cleared) as Go's `IPNet` sees it: IPv4-mapped networks become IPv4. */
function goNetwork(c: CidrText): { bytes: readonly number[]; bits: number } {
  const network = maskBytes(c.bytes, c.bits);
  return isIpv4Mapped(network)
    ? { bytes: network.slice(12), bits: Math.max(0, c.bits - 96) }
    : { bytes: network, bits: c.bits };
}

/** Go's `IPNet.String()` of the parsed value: `192.168.242.213/24` gives `192.168.242.0/24`. */
export function cidrTextNetwork(c: CidrText): string {
  const n = goNetwork(c);
  return `${ipTextFormat(n.bytes)}/${n.bits}`;
}

/** True when the address has bits set beyond the prefix length. */
export function cidrTextHasHostBits(c: CidrText): boolean {
  return maskBytes(c.bytes, c.bits).some((b, k) => b !== c.bytes[k]);
}

/**
 * The API server's check for `ipBlock.except` (`ValidateIPBlock`): the except's
 * network address lies inside `cidr` AND its prefix is longer. An identical range, a
 * wider one, one that starts outside, or one of the other family is not a strict subset.
 */
export function cidrTextIsStrictSubset(except: CidrText, cidr: CidrText): boolean {
  const outer = goNetwork(cidr);
  const inner = ipTo4(maskBytes(except.bytes, except.bits));
  if (inner.length !== outer.bytes.length) return false;
  const masked = maskBytes(inner, outer.bits);
  const contained = masked.every((b, k) => b === outer.bytes[k]);
  return contained && cidr.bits < except.bits;
}

/**
 * The API server's warnings for a CIDR in a legacy form (`GetWarningsForCIDR`),
 * without the field path; [] for a clean value or one that does not parse.
 */
export function cidrTextWarnings(value: string): string[] {
  const c = cidrTextParse(value);
  if (c === null) return [];
  const q = (s: string): string => JSON.stringify(s);
  const warnings: string[] = [];
  if (cidrTextHasHostBits(c)) {
    const single = `${ipTextFormat(c.bytes)}/${c.bytes.length * 8}`;
    warnings.push(
      `CIDR value ${q(value)} is ambiguous in this context (should be ${q(cidrTextNetwork(c))} or ${q(single)}?)`,
    );
  }
  if (!c.strict || isIpv4Mapped(c.bytes)) {
    warnings.push(
      `non-standard CIDR value ${q(value)} will be considered invalid in a future Kubernetes release: use ${q(cidrTextNetwork(c))}`,
    );
  }
  if (warnings.length === 0 && c.bytes.length === 16) {
    const canonical = `${ipv6Canonical(c.bytes)}/${c.bits}`;
    if (canonical !== value)
      warnings.push(
        `IPv6 CIDR value ${q(value)} should be in RFC 5952 canonical format (${q(canonical)})`,
      );
  }
  return warnings;
}
