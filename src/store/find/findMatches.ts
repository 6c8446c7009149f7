/**
 * Find: what a typed text names in the design (workloads, namespaces,
 * external endpoints, policies, labels and container port names), best first. Pure, so the search
 * box only renders it.
 */
import { containerPortText, describeSelector, inferredStandsFor, plural } from '../../engine';
import { isPodNameOf } from '../../model';
import type { Doc, Workload } from '../../model';
import { nodeIdOf } from '../ids';
import type { NodeId } from '../ids';

export type FindKind = 'workload' | 'namespace' | 'external' | 'policy' | 'label';

/** What picking a match does: select one node, or a policy, or frame several workloads. */
export type FindTarget =
  | { readonly kind: 'node'; readonly id: NodeId }
  | { readonly kind: 'policy'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'nodes'; readonly label: string; readonly ids: readonly NodeId[] };

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

/**
 * How well a text matches, lower is better: a name exactly (0), a name's
 * prefix (1), inside a name (2); then the same three for a label (3 to 5).
 */
export type FindRank = 0 | 1 | 2 | 3 | 4 | 5;

/** How `query` (lower case) matches one text: exactly 0, a prefix 1, inside 2, or null. */
function textRank(query: string, raw: string): 0 | 1 | 2 | null {
  const text = raw.toLowerCase();
  return text === query ? 0 : text.startsWith(query) ? 1 : text.includes(query) ? 2 : null;
}

/** The best rank (0 to 2) of `query` (lower case) against any of `names`, or null. */
export function findRank(query: string, names: readonly string[]): 0 | 1 | 2 | null {
  let best: 0 | 1 | 2 | null = null;
  for (const name of names) {
    const rank = textRank(query, name);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/** Why a workload is found by a word it carries: a label, or a requirement of the selector it stands for. */
interface Reason {
  /** What its second line says first: `label tier=worker`, `selector tier in (web, worker)`. */
  readonly says: string;
  /** The words it is found by: the label and its value, or the key and the values. */
  readonly words: readonly string[];
}

/** The reason of `reasons` that `query` matches best (the first of equals), by any of its words. */
function reasonRank(query: string, reasons: readonly Reason[]) {
  let best: { rank: FindRank; says: string } | null = null;
  for (const reason of reasons) {
    const found = findRank(query, reason.words);
    if (found !== null && (best === null || found + 3 < best.rank)) {
      best = { rank: (found + 3) as FindRank, says: reason.says };
    }
  }
  return best;
}

/** `tier=worker` as a reason: found by its text or its value. */
function labelReason(label: string): Reason {
  return { says: `label ${label}`, words: [label, label.slice(label.indexOf('=') + 1)] };
}

/**
 * The requirements (`matchExpressions`) of the selector an inferred workload stands for, as
 * reasons: its name is made of their words (`tier-web-worker` for `tier in (web, worker)`), while
 * its labels hold one value each (`tier=web`).
 */
function requirementReasons(w: Workload): Reason[] {
  return (w.inferred?.selector.matchExpressions ?? []).map((r) => ({
    says: `selector ${describeSelector({ matchExpressions: [r] })}`,
    words: [r.key, ...(r.values ?? [])],
  }));
}

/** A container port with a name (`redis`), found by it: `port TCP 6379 (redis)`. */
function portReasons(w: Workload): Reason[] {
  return w.ports.flatMap((p) =>
    p.name === undefined ? [] : [{ says: `port ${containerPortText(p)}`, words: [p.name] }],
  );
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
  /** Its labels (`tier=worker`) and selector's requirements: found after every name, saying which. */
  readonly reasons?: readonly Reason[];
  /**
   * Whether its name is made of its labels' words (an inferred workload's `app-api-tier-worker`):
   * a word inside that name is a label it carries (or a requirement), found as one and saying so.
   */
  readonly nameOfLabels?: boolean;
  /** Whether the text is the name of one of its pods (`web-7c9d5f8b6-x2x8z`), as kubectl prints it. */
  readonly podNamed?: (query: string) => boolean;
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
      target: { kind: 'nodes', label: text, ids },
    },
  }));
}

function candidatesOf(doc: Doc): Candidate[] {
  const perNamespace = new Map<string, number>();
  const workloads = doc.workloads.map((w): Candidate => {
    perNamespace.set(w.namespace, (perNamespace.get(w.namespace) ?? 0) + 1);
    const id = nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name });
    const labels = Object.entries(w.labels).map(([k, v]) => `${k}=${v}`);
    // An inferred workload is named after its selector (`cartservice` for app=cartservice, or
    // `app-cartservice` beside another of that name): the service's own name, its name label's
    // value, finds it as exactly as a real workload's name. Its other labels (tier=worker) are labels, found after the names.
    const standsFor = w.inferred === undefined ? undefined : inferredStandsFor(w.labels);
    return {
      names: [w.name, `${w.namespace}/${w.name}`, ...(standsFor === undefined ? [] : [standsFor])],
      reasons: [...labels.map(labelReason), ...requirementReasons(w), ...portReasons(w)],
      nameOfLabels: w.inferred !== undefined,
      podNamed: (query) => {
        const slash = query.indexOf('/');
        const pod = slash < 0 ? query : query.slice(slash + 1);
        if (slash >= 0 && query.slice(0, slash) !== w.namespace) return false;
        return w.inferred === undefined && isPodNameOf(pod, w.name, w.kind);
      },
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

/** `match` found by one of its labels or requirements: that leads its second line, saying why. */
function foundBy(match: FindMatch, says: string): FindMatch {
  const what = match.detail.split(' · ')[0] ?? '';
  return { ...match, detail: `${says} · ${what}` };
}

/**
 * The matches of `text` in `doc`, best first: an exact name, then a prefix,
 * then a substring, then the workloads whose labels match (each saying which
 * label; an inferred workload's selector requirement likewise); a workload
 * is found exactly by the name of one of its pods; within a rank
 * workloads, namespaces, external endpoints, policies, labels, then by name.
 * Empty text finds nothing.
 */
export function findMatches(doc: Doc, text: string, limit = 20): FindMatch[] {
  const query = text.trim().toLowerCase();
  if (query === '') return [];
  const ranked: { match: FindMatch; rank: FindRank }[] = [];
  for (const c of candidatesOf(doc)) {
    const rank = findRank(query, c.names);
    const byReason =
      c.reasons === undefined || (rank !== null && (rank < 2 || c.nameOfLabels !== true))
        ? null
        : reasonRank(query, c.reasons);
    if (byReason !== null) {
      ranked.push({ match: foundBy(c.match, byReason.says), rank: byReason.rank });
    } else if (rank !== null) ranked.push({ match: c.match, rank });
    else if (c.podNamed?.(query) === true) {
      ranked.push({ match: foundBy(c.match, `its pod ${text.trim()}`), rank: 0 });
    }
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] ||
      a.match.label.localeCompare(b.match.label),
  );
  return ranked.slice(0, limit).map((r) => r.match);
}
