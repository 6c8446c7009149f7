/**
 * How many ends a count covers, in words that say what is counted, kind by kind:
 * `109 of 999 workloads, 9 of 11 namespaces`. The Inspector's "who can reach
 * it?" count and its path lists word their counts here, so a workload is never
 * added to a namespace (a line at a namespace's box stands for its pods, which
 * are counted as workloads too) and the two lists count in the same unit.
 */
import type { FlowEnd } from '../edits/types';
import { endKey } from '../flows/ends';
import { plural } from './plural';

/** The nouns of each kind, in the order they are told; anywhere is the IP block 0.0.0.0/0. */
const NOUNS = [
  { kinds: ['workload'], one: 'workload', many: 'workloads' },
  { kinds: ['namespace'], one: 'namespace', many: 'namespaces' },
  { kinds: ['ipBlock', 'any'], one: 'IP block', many: 'IP blocks' },
  { kinds: ['external'], one: 'outside endpoint', many: 'outside endpoints' },
] as const satisfies readonly {
  kinds: readonly FlowEnd['kind'][];
  one: string;
  many: string;
}[];

/** Distinct ends, per noun of `NOUNS`. */
function tally(ends: readonly FlowEnd[]): number[] {
  const keys = NOUNS.map(() => new Set<string>());
  for (const end of ends) {
    const i = NOUNS.findIndex((n) => (n.kinds as readonly string[]).includes(end.kind));
    keys[i]?.add(endKey(end));
  }
  return keys.map((k) => k.size);
}

/** `109 of 999 workloads, 9 of 11 namespaces`: `allowed` out of `of`, kinds `of` has. */
export function endsCountText(allowed: readonly FlowEnd[], of: readonly FlowEnd[]): string {
  const some = tally(allowed);
  const all = tally(of);
  const parts = NOUNS.flatMap((n, i) => {
    const total = all[i] ?? 0;
    return total === 0 ? [] : [`${String(some[i] ?? 0)} of ${plural(total, n.one, n.many)}`];
  });
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** `999 workloads, 1 outside endpoint`: distinct ends, by kind. */
export function endsText(ends: readonly FlowEnd[]): string {
  const all = tally(ends);
  const parts = NOUNS.flatMap((n, i) => {
    const total = all[i] ?? 0;
    return total === 0 ? [] : [plural(total, n.one, n.many)];
  });
  return parts.length === 0 ? 'none' : parts.join(', ');
}
