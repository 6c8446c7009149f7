/**
 * What the API server says about IP and CIDR text beyond whether it parses (the
 * engine's `ipTextParse` and `cidrTextParse` read it): warnings for legacy forms
 * (`GetWarningsForIP`, `GetWarningsForCIDR`) and the `except ⊂ cidr` rule of
 * `ValidateIPBlock`.
 */
import {
  cidrTextCanonical,
  cidrTextParse,
  cidrTextRange,
  ipTextFormat,
  ipTextParse,
  ipTextRange,
  ipv6Canonical,
  isIpv4Mapped,
  rangeContains,
  type CidrText,
  type IpText,
} from '../../engine';

const q = (s: string): string => JSON.stringify(s);

/**
 * The API server's warnings for an IP written in a legacy form (`GetWarningsForIP`),
 * without the field path; [] for a clean value or one that does not parse.
 */
export function ipTextWarnings(value: string): string[] {
  const ip = ipTextParse(value);
  return ip === null ? [] : ipParsedWarnings(value, ip);
}

/** `ipTextWarnings` of `value`, which parsed as `ip` (for a caller that parsed it already). */
export function ipParsedWarnings(value: string, ip: IpText): string[] {
  if (!ip.strict || isIpv4Mapped(ip.bytes))
    return [
      `non-standard IP address ${q(value)} will be considered invalid in a future Kubernetes release: use ${q(ipTextFormat(ip.bytes))}`,
    ];
  if (ip.bytes.length === 16 && ipv6Canonical(ip.bytes) !== value)
    return [
      `IPv6 address ${q(value)} should be in RFC 5952 canonical format (${q(ipv6Canonical(ip.bytes))})`,
    ];
  return [];
}

/** True when the address has bits set beyond the prefix length. */
export function cidrTextHasHostBits(c: CidrText): boolean {
  const address = ipTextRange(c);
  const network = cidrTextRange(c);
  return address.family !== network.family || address.first !== network.first;
}

/**
 * The API server's check for `ipBlock.except` (`ValidateIPBlock`): the except's
 * network address lies inside `cidr` AND its prefix (as written) is longer. An
 * identical range, a wider one, one that starts outside, or one of the other
 * family is not a strict subset.
 */
export function cidrTextIsStrictSubset(except: CidrText, cidr: CidrText): boolean {
  const inner = cidrTextRange(except);
  const start = { family: inner.family, first: inner.first, last: inner.first };
  return rangeContains(cidrTextRange(cidr), start) && cidr.bits < except.bits;
}

/**
 * The API server's warnings for a CIDR in a legacy form (`GetWarningsForCIDR`),
 * without the field path; [] for a clean value or one that does not parse.
 */
export function cidrTextWarnings(value: string): string[] {
  const c = cidrTextParse(value);
  if (c === null) return [];
  const warnings: string[] = [];
  if (cidrTextHasHostBits(c)) {
    const single = `${ipTextFormat(c.bytes)}/${c.bytes.length * 8}`;
    warnings.push(
      `CIDR value ${q(value)} is ambiguous in this context (should be ${q(cidrTextCanonical(c))} or ${q(single)}?)`,
    );
  }
  if (!c.strict || isIpv4Mapped(c.bytes)) {
    warnings.push(
      `non-standard CIDR value ${q(value)} will be considered invalid in a future Kubernetes release: use ${q(cidrTextCanonical(c))}`,
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
