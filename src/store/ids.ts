/**
 * Ids of the things drawn on the canvas, shared by the layout (positions by
 * id), the selection and the canvas adapter. They are saved in layouts and
 * read by tests, so their text never changes:
 *
 * - nodes: `namespace:<name>`, `workload:<namespace>/<name>`,
 *   `external:<name>`, and for the ends of broad rules `any:*` (anywhere) and
 *   `ipBlock:<cidr>`;
 * - edges (the line from one node to another): `<source id>><target id>`.
 */
import type { FlowEnd } from '../engine';
import { endKey } from '../engine';
import type { PodKey } from '../model';
import { podKeyOf } from '../model';

/** The id of a canvas node; build one with `nodeIdOf` or `nodeIdOfEnd`. */
export type NodeId = string & { readonly _brand: 'NodeId' };

/** The id of a canvas line between two nodes; build one with `edgeIdOf`. */
export type EdgeId = string & { readonly _brand: 'EdgeId' };

export type NodeRef =
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'workload'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'external'; readonly name: string };

const ANYWHERE = 'any:*' as NodeId;
const IP_BLOCK = 'ipBlock:';
const EDGE_JOIN = '>';

/**
 * The group "Outside the cluster" (the cards of IP blocks and external endpoints, laid out
 * together after the namespaces): its node's id, and its name in the list of collapsed boxes
 * (no namespace is named so: a namespace's name holds no colon).
 */
export const OUTSIDE_GROUP_ID = 'outside:cluster' as NodeId;

/** The group's name, on its box and where a line names its ends. */
export const OUTSIDE_GROUP_NAME = 'Outside the cluster';

/** Whether the node `id` is a card of the group outside the cluster: an IP block or an endpoint. */
export function isOutsideCardId(id: string): boolean {
  return id.startsWith(IP_BLOCK) || id.startsWith('external:');
}

export function nodeIdOf(ref: NodeRef): NodeId {
  switch (ref.kind) {
    case 'namespace':
      return `namespace:${ref.name}` as NodeId;
    case 'workload':
      return nodeIdOfPod(podKeyOf(ref.namespace, ref.name));
    case 'external':
      return `external:${ref.name}` as NodeId;
  }
}

/** The workload node of a pod key (`prod/web`: `workload:prod/web`). */
export function nodeIdOfPod(key: PodKey): NodeId {
  return `workload:${key}` as NodeId;
}

/** The node an end of a flow is drawn at. */
export function nodeIdOfEnd(end: FlowEnd): NodeId {
  switch (end.kind) {
    case 'namespace':
    case 'workload':
    case 'external':
      return nodeIdOf(end);
    case 'any':
      return ANYWHERE;
    case 'ipBlock':
      return `${IP_BLOCK}${endKey(end)}` as NodeId;
  }
}

/** The reference behind an id, or null when the id is not a model node. */
export function nodeRefParse(id: string): NodeRef | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'namespace' && rest !== '') return { kind, name: rest };
  if (kind === 'external' && rest !== '') return { kind, name: rest };
  if (kind === 'workload') {
    const slash = rest.indexOf('/');
    if (slash <= 0 || slash === rest.length - 1) return null;
    return { kind, namespace: rest.slice(0, slash), name: rest.slice(slash + 1) };
  }
  return null;
}

/**
 * The end of a flow a node id stands for: a model node's (`nodeRefParse`), anywhere, or an IP
 * block (`ipBlock:10.0.0.0/8 except 10.1.0.0/16,10.2.0.0/16`); null for any other id.
 */
export function nodeEndParse(id: string): FlowEnd | null {
  if (id === ANYWHERE) return { kind: 'any' };
  if (!id.startsWith(IP_BLOCK)) return nodeRefParse(id);
  const [cidr = '', except] = id.slice(IP_BLOCK.length).split(' except ');
  if (cidr === '') return null;
  return except === undefined
    ? { kind: 'ipBlock', cidr }
    : { kind: 'ipBlock', cidr, except: except.split(',') };
}

/** How a node reads in a sentence: `prod/web`, `backup-server`, `namespace prod`, `anywhere`. */
export function nodeLabelOf(id: string): string {
  const ref = nodeRefParse(id);
  if (ref?.kind === 'workload') return `${ref.namespace}/${ref.name}`;
  if (ref?.kind === 'namespace') return `namespace ${ref.name}`;
  if (ref?.kind === 'external') return ref.name;
  if (id === ANYWHERE) return 'anywhere';
  if (id === OUTSIDE_GROUP_ID) return OUTSIDE_GROUP_NAME;
  return id.startsWith(IP_BLOCK) ? `IP block ${id.slice(IP_BLOCK.length)}` : id;
}

/** The line from `source` to `target`: `workload:prod/web>workload:prod/db`. */
export function edgeIdOf(source: NodeId, target: NodeId): EdgeId {
  return `${source}${EDGE_JOIN}${target}` as EdgeId;
}

/** The line between the nodes two ends of a flow are drawn at. */
export function edgeIdOfEnds(from: FlowEnd, to: FlowEnd): EdgeId {
  return edgeIdOf(nodeIdOfEnd(from), nodeIdOfEnd(to));
}

/** The two nodes a line joins (split at the first `>`), or null when `id` is not a line's id. */
export function edgeIdParse(
  id: string,
): { readonly source: NodeId; readonly target: NodeId } | null {
  const at = id.indexOf(EDGE_JOIN);
  if (at < 0) return null;
  return { source: id.slice(0, at) as NodeId, target: id.slice(at + 1) as NodeId };
}

/** The node of a box in the list of collapsed ones: a namespace's, or the group's outside. */
export function collapsedBoxIdOf(name: string): NodeId {
  return name === OUTSIDE_GROUP_ID ? OUTSIDE_GROUP_ID : nodeIdOf({ kind: 'namespace', name });
}

/**
 * The box a card sits in: a workload's namespace (`workload:prod/web`: `namespace:prod`), the
 * group outside the cluster for an IP block or endpoint; null for another node.
 */
export function namespaceBoxOf(id: string): NodeId | null {
  if (isOutsideCardId(id)) return OUTSIDE_GROUP_ID;
  const ref = nodeRefParse(id);
  return ref?.kind === 'workload' ? nodeIdOf({ kind: 'namespace', name: ref.namespace }) : null;
}
