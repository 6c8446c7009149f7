/**
 * How many ends a count covers, in words that say what is counted, kind by kind:
 * `109 of 999 workloads, 1 of 2 IP blocks`. The Inspector's "who can reach it?"
 * count and its path lists word their counts here, so the two lists count in
 * the same unit. A line at a namespace's box stands for the pods in it: a
 * namespace whose workloads are counted is not counted again (it read "0 of 1
 * namespace" beside the 33 workloads it admits); one with none is.
 */
import type { FlowEnd } from '../edits/types';
import { endKey } from '../flows/ends';
import { plural } from './plural';

/**
 * The nouns of each kind, in the order they are told. Anywhere (a rule with no
 * peers) is told apart, after them (`anywhereText`).
 */
const NOUNS = [
  { kinds: ['workload'], one: 'workload', many: 'workloads' },
  { kinds: ['namespace'], one: 'namespace', many: 'namespaces' },
  { kinds: ['ipBlock'], one: 'IP block', many: 'IP blocks' },
  { kinds: ['external'], one: 'outside endpoint', many: 'outside endpoints' },
] as const satisfies readonly {
  kinds: readonly FlowEnd['kind'][];
  one: string;
  many: string;
}[];

/** Distinct ends, per noun of `NOUNS`, of those `counted` counts. */
function tally(ends: readonly FlowEnd[], counted: (end: FlowEnd) => boolean): number[] {
  const keys = NOUNS.map(() => new Set<string>());
  for (const end of ends) {
    if (!counted(end)) continue;
    const i = NOUNS.findIndex((n) => (n.kinds as readonly string[]).includes(end.kind));
    keys[i]?.add(endKey(end));
  }
  return keys.map((k) => k.size);
}

/**
 * Whether an end is counted among `of`: a namespace whose workloads are among them is not (its
 * line stands for them). A list beside a count leaves out the same ends.
 */
export function countedAmong(of: readonly FlowEnd[]): (end: FlowEnd) => boolean {
  const peopled = new Set(of.flatMap((end) => (end.kind === 'workload' ? [end.namespace] : [])));
  return (end) => end.kind !== 'namespace' || !peopled.has(end.name);
}

/** `109 of 999 workloads, 1 of 2 IP blocks`: `allowed` out of `of`, kinds `of` has. */
export function endsCountText(allowed: readonly FlowEnd[], of: readonly FlowEnd[]): string {
  const counted = countedAmong(of);
  const some = tally(allowed, counted);
  const all = tally(of, counted);
  const parts = NOUNS.flatMap((n, i) => {
    const total = all[i] ?? 0;
    return total === 0 ? [] : [`${String(some[i] ?? 0)} of ${plural(total, n.one, n.many)}`];
  });
  if (of.some((end) => end.kind === 'any')) parts.push(anywhereText(allowed));
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/**
 * Anywhere counted: the workloads are counted end to end (their own policies
 * may block what a rule to anywhere allows), so what anywhere adds is every
 * address outside the cluster, whose connections no policy of theirs governs.
 * It read "0 of 9 workloads, 1 of 1 IP block" beside `anywhere`, as if that
 * were one more address.
 */
function anywhereText(allowed: readonly FlowEnd[]): string {
  return allowed.some((end) => end.kind === 'any')
    ? 'every address outside the cluster'
    : 'no address outside the cluster';
}

/** `999 workloads, 1 outside endpoint`: distinct ends, by kind. */
export function endsText(ends: readonly FlowEnd[]): string {
  const all = tally(ends, countedAmong(ends));
  const parts = NOUNS.flatMap((n, i) => {
    const total = all[i] ?? 0;
    return total === 0 ? [] : [plural(total, n.one, n.many)];
  });
  return parts.length === 0 ? 'none' : parts.join(', ');
}
