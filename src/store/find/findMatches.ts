/**
 * Find: what a typed text names in the design (workloads, namespaces,
 * external endpoints, policies and labels), best first. Pure, so the search
 * box only renders it.
 */
import type { Doc } from '../../model';
import { nodeIdOf } from '../ids';
import type { NodeId } from '../ids';

export type FindKind = 'workload' | 'namespace' | 'external' | 'policy' | 'label';

/** What picking a match does: select one node, or a policy, or frame several workloads. */
export type FindTarget =
  | { readonly kind: 'node'; readonly id: NodeId }
  | { readonly kind: 'policy'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'nodes'; readonly ids: readonly NodeId[] };

export interface FindMatch {
  /** Unique among the matches (a list key and an option id). */
  readonly key: string;
  readonly kind: FindKind;
  /** How it reads in the list: `prod/db`, `prod`, `app=frontend`. */
  readonly label: string;
  /** A second line: the kind of workload, its namespace, what a label is on. */
  readonly detail: string;
  readonly target: FindTarget;
}

/** How well a text matches: an exact name, a prefix, a substring; lower is better. */
export type FindRank = 0 | 1 | 2;

/** The best rank of `query` (lower case) against any of `names`, or null. */
export function findRank(query: string, names: readonly string[]): FindRank | null {
  let best: FindRank | null = null;
  for (const raw of names) {
    const name = raw.toLowerCase();
    const rank: FindRank | null =
      name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

const KIND_ORDER: Readonly<Record<FindKind, number>> = {
  workload: 0,
  namespace: 1,
  external: 2,
  policy: 3,
  label: 4,
};

interface Candidate {
  readonly match: FindMatch;
  readonly names: readonly string[];
}

function plural(n: number, one: string): string {
  return `${String(n)} ${one}${n === 1 ? '' : 's'}`;
}

function labelCandidates(doc: Doc): Candidate[] {
  const byLabel = new Map<string, NodeId[]>();
  for (const w of doc.workloads) {
    for (const [k, v] of Object.entries(w.labels)) {
      const text = `${k}=${v}`;
      const ids = byLabel.get(text) ?? [];
      ids.push(nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }));
      byLabel.set(text, ids);
    }
  }
  return [...byLabel].map(([text, ids]) => ({
    names: [text, text.slice(text.indexOf('=') + 1)],
    match: {
      key: `label:${text}`,
      kind: 'label',
      label: text,
      detail: `label on ${plural(ids.length, 'workload')}`,
      target: { kind: 'nodes', ids },
    },
  }));
}

function candidatesOf(doc: Doc, byLabel: boolean): Candidate[] {
  const perNamespace = new Map<string, number>();
  const workloads = doc.workloads.map((w): Candidate => {
    perNamespace.set(w.namespace, (perNamespace.get(w.namespace) ?? 0) + 1);
    const id = nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name });
    const labels = Object.entries(w.labels).map(([k, v]) => `${k}=${v}`);
    // An inferred workload is named after its selector (`app-cartservice` for app=cartservice):
    // the service's own name, its label's value, finds it as exactly as a real workload's name.
    const standsFor = w.inferred === undefined ? [] : Object.values(w.labels);
    return {
      names: [w.name, `${w.namespace}/${w.name}`, ...standsFor, ...(byLabel ? labels : [])],
      match: {
        key: id,
        kind: 'workload',
        label: `${w.namespace}/${w.name}`,
        detail: [w.inferred === undefined ? w.kind : 'inferred from policies', ...labels].join(
          ' · ',
        ),
        target: { kind: 'node', id },
      },
    };
  });
  const namespaces = doc.namespaces.map((ns): Candidate => {
    const id = nodeIdOf({ kind: 'namespace', name: ns.name });
    const count = perNamespace.get(ns.name) ?? 0;
    return {
      names: [ns.name],
      match: {
        key: id,
        kind: 'namespace',
        label: ns.name,
        detail: `namespace · ${plural(count, 'workload')}`,
        target: { kind: 'node', id },
      },
    };
  });
  const externals = doc.externals.map((e): Candidate => {
    const id = nodeIdOf({ kind: 'external', name: e.name });
    return {
      names: [e.name, e.cidr],
      match: {
        key: id,
        kind: 'external',
        label: e.name,
        detail: `external endpoint · ${e.cidr}`,
        target: { kind: 'node', id },
      },
    };
  });
  const policies = doc.policies.map((p): Candidate => {
    const { name, namespace } = p.metadata;
    return {
      names: [name, `${namespace}/${name}`],
      match: {
        key: `policy:${namespace}/${name}`,
        kind: 'policy',
        label: `${namespace}/${name}`,
        detail: 'NetworkPolicy',
        target: { kind: 'policy', namespace, name },
      },
    };
  });
  return [...workloads, ...namespaces, ...externals, ...policies, ...labelCandidates(doc)];
}

/**
 * The matches of `text` in `doc`, best first: an exact name, then a prefix,
 * then a substring; within a rank workloads, namespaces, external endpoints,
 * policies, labels, then by name. A label query (`app=frontend`) also finds
 * the workloads carrying that label. Empty text finds nothing.
 */
export function findMatches(doc: Doc, text: string, limit = 20): FindMatch[] {
  const query = text.trim().toLowerCase();
  if (query === '') return [];
  const ranked: { match: FindMatch; rank: FindRank }[] = [];
  for (const c of candidatesOf(doc, query.includes('='))) {
    const rank = findRank(query, c.names);
    if (rank !== null) ranked.push({ match: c.match, rank });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] ||
      a.match.label.localeCompare(b.match.label),
  );
  return ranked.slice(0, limit).map((r) => r.match);
}
