/**
 * `ipBlock` peers: a CIDR minus its `except` ranges, IPv4 or IPv6.
 */
import type { IPBlock } from '../../model';
import { ipRangeParse, rangeContains, rangesOverlap } from './cidr';
import type { IpRange } from './cidr';

export interface IpBlockMatcher {
  readonly cidr: IpRange;
  readonly except: readonly IpRange[];
}

/**
 * Null when `cidr` or an `except` entry does not parse as a CIDR: such an
 * ipBlock matches nothing (the validator reports it; the engine must not crash).
 */
export function ipBlockMatcherFrom(block: IPBlock): IpBlockMatcher | null {
  const parse = (s: string): IpRange | null => (s.includes('/') ? ipRangeParse(s) : null);
  const cidr = parse(block.cidr);
  if (cidr === null) return null;
  const except: IpRange[] = [];
  for (const s of block.except ?? []) {
    const range = parse(s);
    if (range === null) return null;
    except.push(range);
  }
  return { cidr, except };
}

/** A canonical text: two ipBlocks with the same key match the same addresses. */
export function ipBlockKey(matcher: IpBlockMatcher | null): string {
  if (matcher === null) return 'none';
  const text = (r: IpRange): string => `${r.family}:${r.first}-${r.last}`;
  return [text(matcher.cidr), ...matcher.except.map(text).sort()].join(',');
}

/**
 * An address, or a whole range of addresses (an external endpoint such as
 * `10.0.0.0/24`), matches iff all of it is inside `cidr` and none of it is in
 * an `except`. An IPv4 range never matches an IPv6 block and the reverse.
 *
 * ```yaml
 * - ipBlock:
 *     cidr: 172.17.0.0/16
 *     except: [172.17.1.0/24]      # 172.17.1.9 does not match; 172.17.2.9 does
 * ```
 */
export function ipBlockMatchesRange(matcher: IpBlockMatcher, range: IpRange): boolean {
  return rangeContains(matcher.cidr, range) && !matcher.except.some((e) => rangesOverlap(e, range));
}

/**
 * ipBlock peers match pods too, by their IPs (the upstream e2e suite relies
 * on it): a pod matches if ANY of its IPs matches. A pod without IPs never does.
 */
export function ipBlockMatchesAny(matcher: IpBlockMatcher, ranges: readonly IpRange[]): boolean {
  return ranges.some((r) => ipBlockMatchesRange(matcher, r));
}
