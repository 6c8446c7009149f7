/**
 * What applying a proposal changes, for the review before Apply ("what
 * becomes blocked that happened to be open"): every connection whose verdict
 * differs between the design's policies and the proposed ones, between
 * workloads and with addresses outside the cluster, checked on the same
 * nodes (the design plus the workloads and addresses the flows added: they
 * were there, reachable or not, before the proposal too).
 *
 * A connection is checked on the ports its destination is known to receive
 * on: a workload's container ports and the ports it was observed receiving
 * on (a workload Hubble added declares none); an address's declared ports,
 * the ports it was observed receiving on, and the numeric ports of the
 * design's egress rules that reach it (so `db → backup:80`, allowed by the
 * design and never observed, is listed as newly blocked).
 */
import type { ContainerPort, Doc, ExternalEndpoint, ExternalPort, Protocol } from '../../model';
import { PROTOCOLS, podKeyOf } from '../../model';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { verdictChanges } from '../changes/verdictChanges';
import type { VerdictChange } from '../changes/types';
import { endsKey } from '../flows/ends';
import { externalPorts } from '../verdict/paths';
import type { Proposal, ResolvedEnd } from './types';

export interface ChangedPort {
  readonly port: number;
  readonly protocol: Protocol;
}

/** The connections from one node to another whose verdict the proposal flips. */
export interface ChangedPair {
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  /** Whether an end is an address outside the cluster. */
  readonly outside: boolean;
  readonly newlyBlocked: readonly ChangedPort[];
  readonly newlyAllowed: readonly ChangedPort[];
}

export interface ChangeCounts {
  readonly newlyBlocked: number;
  readonly newlyAllowed: number;
}

export interface ProposalChanges {
  /** Pairs with a connection newly blocked first, then the others, in the order found. */
  readonly pairs: readonly ChangedPair[];
  /** How many pairs changed (`pairs` may hold only the first of them: `changesFirstPairs`). */
  readonly pairCount: number;
  /** Connections between two workloads. */
  readonly between: ChangeCounts;
  /** Connections between a workload and an address outside the cluster. */
  readonly outside: ChangeCounts;
}

const portKey = (p: ChangedPort) => `${p.protocol}/${p.port}`;

function portOrder(a: ChangedPort, b: ChangedPort): number {
  return a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol);
}

/** The external endpoint an observed end outside the cluster was allowed as (by its block). */
function externalAt(doc: Doc, end: Extract<ResolvedEnd, { kind: 'ip' }>): ExternalEndpoint | null {
  return doc.externals.find((e) => e.cidr === end.cidr || e.name === end.cidr) ?? null;
}

/**
 * `proposal.doc`'s nodes with the ports each was observed receiving on, and
 * each address with the ports the design's egress rules reach it on.
 */
function nodesWithPorts(design: Doc, proposal: Proposal): Doc {
  const { doc } = proposal;
  const received = new Map<string, Map<string, ChangedPort>>();
  const receive = (key: string, port: ChangedPort) => {
    const ports = received.get(key) ?? new Map<string, ChangedPort>();
    ports.set(portKey(port), port);
    received.set(key, ports);
  };
  for (const { to, port, protocol } of proposal.connections) {
    if (to.kind === 'pod') receive(to.key, { port, protocol });
    else {
      const external = externalAt(doc, to);
      if (external !== null) receive(`external:${external.name}`, { port, protocol });
    }
  }
  const designRules = { ...doc, policies: design.policies };
  const workloads = doc.workloads.map((w) => {
    const extra = received.get(podKeyOf(w.namespace, w.name));
    if (extra === undefined) return w;
    const has = new Set(
      w.ports.map((p) => portKey({ port: p.containerPort, protocol: p.protocol })),
    );
    const added: ContainerPort[] = [...extra.values()]
      .filter((p) => !has.has(portKey(p)))
      .map((p) => ({ containerPort: p.port, protocol: p.protocol }));
    return added.length === 0 ? w : { ...w, ports: [...w.ports, ...added] };
  });
  const externals = doc.externals.map((e) => {
    const ports = new Map<string, ExternalPort>();
    for (const p of [
      ...(e.ports ?? []),
      ...(received.get(`external:${e.name}`)?.values() ?? []),
      ...externalPorts(designRules, e),
    ]) {
      if (!ports.has(portKey(p))) ports.set(portKey(p), p);
    }
    return { ...e, ports: [...ports.values()].sort(portOrder) };
  });
  return { ...doc, workloads, externals };
}

function pairsOf(changes: readonly VerdictChange[]): ChangedPair[] {
  const pairs = new Map<
    string,
    { from: FlowEnd; to: FlowEnd; blocked: ChangedPort[]; allowed: ChangedPort[] }
  >();
  for (const c of changes) {
    const key = endsKey(c.from, c.to);
    const pair = pairs.get(key) ?? { from: c.from, to: c.to, blocked: [], allowed: [] };
    pairs.set(key, pair);
    (c.after ? pair.allowed : pair.blocked).push({ port: c.port, protocol: c.protocol });
  }
  const all = [...pairs.values()].map((p): ChangedPair => ({
    from: p.from,
    to: p.to,
    outside: p.from.kind === 'external' || p.to.kind === 'external',
    newlyBlocked: p.blocked.sort(portOrder),
    newlyAllowed: p.allowed.sort(portOrder),
  }));
  return [
    ...all.filter((p) => p.newlyBlocked.length > 0),
    ...all.filter((p) => p.newlyBlocked.length === 0),
  ];
}

function countsOf(changes: readonly VerdictChange[]): ChangeCounts {
  const newlyAllowed = changes.filter((c) => c.after).length;
  return { newlyAllowed, newlyBlocked: changes.length - newlyAllowed };
}

/** Every connection the proposal opens or closes, compared with the design's own policies. */
export function proposalChanges(design: Doc, proposal: Proposal): ProposalChanges {
  const nodes = nodesWithPorts(design, proposal);
  const before = { ...nodes, policies: design.policies };
  const after = { ...nodes, policies: proposal.policies };
  const changes = verdictChanges(
    { doc: before, index: compilePolicies(before) },
    { doc: after, index: compilePolicies(after) },
  );
  const isOutside = (c: VerdictChange) => c.from.kind === 'external' || c.to.kind === 'external';
  const pairs = pairsOf(changes);
  return {
    pairs,
    pairCount: pairs.length,
    between: countsOf(changes.filter((c) => !isOutside(c))),
    outside: countsOf(changes.filter(isOutside)),
  };
}

/** The changes with only their first `count` pairs listed (the counts stay whole). */
export function changesFirstPairs(changes: ProposalChanges, count: number): ProposalChanges {
  return changes.pairs.length <= count
    ? changes
    : { ...changes, pairs: changes.pairs.slice(0, count) };
}
