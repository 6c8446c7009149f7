/**
 * The connectivity diff of two versions of a document, for a review ("what does
 * this change allow?"): every (source workload, destination workload, port)
 * whose verdict differs, exactly the cells where the two versions' `reach`
 * matrices disagree (same pods, a pod and itself included, same ports: those some
 * pod declares on both sides), grouped by source and destination, each with the
 * policy rules that made the difference, read from the two verdicts. Workloads,
 * namespaces and ports found on one side only are listed as added or removed.
 */
import type { PodKey, Protocol } from '../../model';
import { PROTOCOLS } from '../../model';
import { declaredPorts } from '../verdict/declaredPorts';
import { isTrafficAllowed } from '../verdict/evaluate';
import type { DirectionVerdict, PolicyRef, RuleHit, Verdict } from '../verdict/verdict';
import { verdictReason } from '../flows/verdict';
import { matrixChanges, podMapping } from './podChanges';
import type { Evaluated } from './types';

export interface PortProtocol {
  readonly port: number;
  readonly protocol: Protocol;
}

/**
 * What a policy did to one side of a connection: a rule that `allows` it now or
 * `stopped-allowing` it, or a whole policy that `isolates` the pod now or
 * `stopped-isolating` it (`rule` null).
 */
export type RuleEffect = 'allows' | 'stopped-allowing' | 'isolates' | 'stopped-isolating';

export interface RuleChange {
  readonly policy: PolicyRef;
  readonly direction: 'ingress' | 'egress';
  /** `spec.<direction>[rule]`; null when the change is the policy's isolation. */
  readonly rule: number | null;
  readonly effect: RuleEffect;
}

export interface PortChange extends PortProtocol {
  /** The verdict in the new version (the old one is its opposite). */
  readonly allowed: boolean;
  /** The rules and policies that made the difference. */
  readonly because: readonly RuleChange[];
  /** Why, in the new version (`verdictReason`). */
  readonly reason: string;
}

/** The changes between one source workload and one destination workload. */
export interface PairChanges {
  readonly from: PodKey;
  readonly to: PodKey;
  /** By port, then TCP, UDP, SCTP. */
  readonly newlyAllowed: readonly PortChange[];
  readonly newlyBlocked: readonly PortChange[];
}

export interface AddedRemoved<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
}

export interface ConnectivityDiff {
  /** The ports compared (some pod declares them on both sides), by port then TCP, UDP, SCTP. */
  readonly compared: readonly PortProtocol[];
  /** Pairs in the new version's order of sources, then destinations. */
  readonly pairs: readonly PairChanges[];
  readonly newlyAllowed: number;
  readonly newlyBlocked: number;
  readonly namespaces: AddedRemoved<string>;
  readonly workloads: AddedRemoved<PodKey>;
  /** Ports compared on one side only (no pod declares them on the other). */
  readonly ports: AddedRemoved<PortProtocol>;
}

export interface ConnectivityDiffOptions {
  /**
   * The ports to compare on both sides (`reach --port`); default: every port some pod
   * declares, on each side, of which those of both sides are compared.
   */
  readonly ports?: readonly PortProtocol[] | undefined;
  /** Without `ports`: only the declared ports of this protocol (`reach --protocol`). */
  readonly protocol?: Protocol | undefined;
  /** false with a network plugin that enforces no policy: every connection gets through. */
  readonly enforced?: boolean;
}

const portKey = (p: PortProtocol) => `${p.port}/${p.protocol}`;

function portOrder(a: PortProtocol, b: PortProtocol): number {
  return a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol);
}

function addedRemoved<T>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
): AddedRemoved<T> {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return {
    added: after.filter((t) => !had.has(key(t))),
    removed: before.filter((t) => !has.has(key(t))),
  };
}

const hitKey = (hit: RuleHit) =>
  `${hit.policy.namespace}/${hit.policy.name} ${hit.direction}[${hit.ruleIndex}]`;

/** What changed on one side, for a side whose answer went from `then.allowed` to `now.allowed`. */
function sideChanges(
  direction: 'ingress' | 'egress',
  then: DirectionVerdict,
  now: DirectionVerdict,
): RuleChange[] {
  const fromHit =
    (effect: RuleEffect) =>
    (hit: RuleHit): RuleChange => ({
      policy: hit.policy,
      direction,
      rule: hit.ruleIndex,
      effect,
    });
  const fromPolicy =
    (effect: RuleEffect) =>
    (policy: PolicyRef): RuleChange => ({ policy, direction, rule: null, effect });
  if (now.allowed) {
    // Blocked before, so isolated then; allowed now by new rules, or no longer isolated.
    if (now.isolated) {
      const old = new Set(then.hits.map(hitKey));
      return now.hits.filter((h) => !old.has(hitKey(h))).map(fromHit('allows'));
    }
    return then.isolatingPolicies.map(fromPolicy('stopped-isolating'));
  }
  // Blocked now: the rules that allowed it stopped, or a policy isolates the pod now.
  if (then.isolated) return then.hits.map(fromHit('stopped-allowing'));
  return now.isolatingPolicies.map(fromPolicy('isolates'));
}

/** The rules and policies whose change turned the verdict `then` into `now`. */
export function verdictDifference(then: Verdict, now: Verdict): RuleChange[] {
  const changes: RuleChange[] = [];
  for (const direction of ['egress', 'ingress'] as const) {
    const side = now[direction];
    if (side.allowed === then[direction].allowed || side.allowed !== now.allowed) continue;
    changes.push(...sideChanges(direction, then[direction], side));
  }
  return changes;
}

/** `prod/web-ingress ingress[0] allows it` / `prod/deny-all isolates for ingress`. */
export function ruleChangeText(change: RuleChange): string {
  const policy = `${change.policy.namespace}/${change.policy.name}`;
  const rule = `${policy} ${change.direction}[${change.rule ?? 0}]`;
  switch (change.effect) {
    case 'allows':
      return `${rule} now allows it`;
    case 'stopped-allowing':
      return `${rule} no longer allows it`;
    case 'isolates':
      return `${policy} now isolates for ${change.direction}`;
    case 'stopped-isolating':
      return `${policy} no longer isolates for ${change.direction}`;
  }
}

/** The ports compared, and those of one side only. */
function portsCompared(
  before: Evaluated,
  after: Evaluated,
  options: ConnectivityDiffOptions,
): { compared: readonly PortProtocol[]; oneSide: AddedRemoved<PortProtocol> } {
  if (options.ports !== undefined) {
    return { compared: options.ports, oneSide: { added: [], removed: [] } };
  }
  const kept = (p: PortProtocol) =>
    options.protocol === undefined || p.protocol === options.protocol;
  const then = declaredPorts(before.doc).filter(kept);
  const now = declaredPorts(after.doc).filter(kept);
  const had = new Set(then.map(portKey));
  return {
    compared: now.filter((p) => had.has(portKey(p))),
    oneSide: addedRemoved(then, now, portKey),
  };
}

export function connectivityDiff(
  before: Evaluated,
  after: Evaluated,
  options: ConnectivityDiffOptions = {},
): ConnectivityDiff {
  const ports = portsCompared(before, after, options);
  const compared = [...ports.compared].sort(portOrder);
  const namespaces = addedRemoved(
    before.doc.namespaces.map((n) => n.name),
    after.doc.namespaces.map((n) => n.name),
    (n) => n,
  );
  const workloads = addedRemoved(before.index.pods, after.index.pods, (k) => k);
  const groups = new Map<number, { allowed: PortChange[]; blocked: PortChange[] }>();
  const n = after.index.pods.length;
  let newlyAllowed = 0;
  let newlyBlocked = 0;
  if (options.enforced !== false) {
    const mapping = podMapping(before, after);
    for (const { port, protocol } of compared) {
      matrixChanges(before, after, mapping, port, protocol, (s, d, allowed) => {
        const from = after.index.pods[s];
        const to = after.index.pods[d];
        if (from === undefined || to === undefined) return;
        const traffic = {
          from: { kind: 'pod', key: from },
          to: { kind: 'pod', key: to },
          port,
          protocol,
        } as const;
        const now = isTrafficAllowed(after.index, traffic);
        const then = isTrafficAllowed(before.index, traffic);
        const change: PortChange = {
          port,
          protocol,
          allowed,
          because: verdictDifference(then, now),
          reason: verdictReason(now, after.doc),
        };
        const key = s * n + d;
        let group = groups.get(key);
        if (group === undefined) {
          group = { allowed: [], blocked: [] };
          groups.set(key, group);
        }
        if (allowed) {
          group.allowed.push(change);
          newlyAllowed++;
        } else {
          group.blocked.push(change);
          newlyBlocked++;
        }
      });
    }
  }
  const pairs = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, group]): PairChanges => {
      const from = after.index.pods[Math.floor(key / n)];
      const to = after.index.pods[key % n];
      if (from === undefined || to === undefined) throw new Error(`no pair at ${key}`);
      return { from, to, newlyAllowed: group.allowed, newlyBlocked: group.blocked };
    });
  return {
    compared,
    pairs,
    newlyAllowed,
    newlyBlocked,
    namespaces,
    workloads,
    ports: ports.oneSide,
  };
}

/** Whether anything differs: a verdict, or something on one side only. */
export function diffIsEmpty(diff: ConnectivityDiff): boolean {
  const none = (x: AddedRemoved<unknown>) => x.added.length === 0 && x.removed.length === 0;
  return (
    diff.pairs.length === 0 && none(diff.namespaces) && none(diff.workloads) && none(diff.ports)
  );
}

/**
 * How many connections `connectivityDiff` would list as newly allowed and newly blocked,
 * without explaining them: what an edit would change, told before it is made.
 */
export function connectivityCounts(
  before: Evaluated,
  after: Evaluated,
  options: ConnectivityDiffOptions = {},
): { readonly newlyAllowed: number; readonly newlyBlocked: number } {
  let newlyAllowed = 0;
  let newlyBlocked = 0;
  if (options.enforced === false) return { newlyAllowed, newlyBlocked };
  const mapping = podMapping(before, after);
  for (const { port, protocol } of portsCompared(before, after, options).compared) {
    matrixChanges(before, after, mapping, port, protocol, (_s, _d, allowed) => {
      if (allowed) newlyAllowed++;
      else newlyBlocked++;
    });
  }
  return { newlyAllowed, newlyBlocked };
}
