/**
 * Filters of the tables (the matrix, the Policies list, the Traffic table): a text of words that
 * must all occur, case aside, in what a row says about itself, and one
 * namespace or all. Pure; the filters themselves are view state (`uiSlice`).
 */
import { describeSelector, portText } from '../../engine';
import type { FlowEnd } from '../../engine';
import type { NetworkPolicy } from '../../model';
import type { TableFilter } from '../editorState';
import type { MatrixNode } from './reachMatrix';
import type { TrafficTableShown } from './trafficShown';

/** The lower-cased words of a filter's text (`'  App=Web  ns-1 '` → `['app=web', 'ns-1']`). */
export function filterTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Every term occurs in one of `fields` (a term never spans two fields). */
function fieldsMatch(fields: readonly string[], terms: readonly string[]): boolean {
  const text = fields.join('\n').toLowerCase();
  return terms.every((t) => text.includes(t));
}

/**
 * The filter as it applies among `namespaces`: a namespace that is no longer
 * there (the design changed under the filter) filters nothing.
 */
export function filterAmong<F extends TableFilter>(filter: F, namespaces: readonly string[]): F {
  if (filter.namespace === null || namespaces.includes(filter.namespace)) return filter;
  return { ...filter, namespace: null };
}

/** The filter narrows nothing. */
export function filterIsEmpty(filter: TableFilter): boolean {
  return filter.namespace === null && filterTerms(filter.text).length === 0;
}

/**
 * The indexes of the matrix nodes the filter keeps. Text is read over
 * `namespace/name` and the workload's labels (`app=web`); an endpoint outside
 * the cluster has no namespace, so a namespace filter leaves it out.
 */
export function matrixNodesFiltered(nodes: readonly MatrixNode[], filter: TableFilter): number[] {
  const terms = filterTerms(filter.text);
  const kept: number[] = [];
  nodes.forEach((node, i) => {
    if (filter.namespace !== null && node.namespace !== filter.namespace) return;
    const labels = Object.entries(node.labels).map(([k, v]) => `${k}=${v}`);
    if (fieldsMatch([node.label, ...labels], terms)) kept.push(i);
  });
  return kept;
}

/**
 * The policies the filter keeps. Text is read over `namespace/name` and the
 * labels of the pods the policy selects (its `podSelector`, as `kubectl get
 * -l` writes it: `app=web`, `tier in (db, cache)`).
 */
export function policiesFiltered(
  policies: readonly NetworkPolicy[],
  filter: TableFilter,
): NetworkPolicy[] {
  const terms = filterTerms(filter.text);
  return policies.filter((p) => {
    const { namespace, name } = p.metadata;
    if (filter.namespace !== null && namespace !== filter.namespace) return false;
    return fieldsMatch([`${namespace}/${name}`, describeSelector(p.spec.podSelector)], terms);
  });
}

/** The namespace of a Traffic table row's workload, or null for an address outside the cluster. */
export function trafficRowNamespace(row: { readonly node: FlowEnd }): string | null {
  return row.node.kind === 'workload' ? row.node.namespace : null;
}

/**
 * The Traffic table as the filter keeps it. Text is read over each row as it reads: its
 * workload, ingress or egress, its port (`TCP 5432 (postgres)`) and its meaning (the peers);
 * and over each note about a workload no policy isolates.
 */
export function trafficTableFiltered(
  table: TrafficTableShown,
  filter: TableFilter,
): TrafficTableShown {
  const terms = filterTerms(filter.text);
  const inNamespace = (row: { readonly node: FlowEnd }) =>
    filter.namespace === null || trafficRowNamespace(row) === filter.namespace;
  return {
    rows: table.rows.filter(
      (row) =>
        inNamespace(row) &&
        fieldsMatch([row.component, row.direction, portText(row), row.meaning], terms),
    ),
    notes: table.notes.filter(
      (note) =>
        inNamespace(note) && fieldsMatch([note.component, note.direction, note.text], terms),
    ),
  };
}

/** The namespaces of `names` in first-seen order, without repeats. */
export function namespacesOf(names: Iterable<string | null>): string[] {
  const seen = new Set<string>();
  for (const n of names) if (n !== null) seen.add(n);
  return [...seen];
}

/** What an empty result says: `No policy matches 'foo' in prod.`, `No workload in prod.` */
export function noMatchText(what: string, filter: TableFilter): string {
  const text = filter.text.trim();
  const where = filter.namespace === null ? '' : ` in ${filter.namespace}`;
  return text === '' ? `No ${what}${where}.` : `No ${what} matches '${text}'${where}.`;
}
