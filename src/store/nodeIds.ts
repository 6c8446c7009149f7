/**
 * Ids of the things drawn on the canvas, shared by the layout (positions by
 * id), the selection and the canvas adapter:
 * `namespace:<name>`, `workload:<namespace>/<name>`, `external:<name>`, and
 * for the ends of broad rules `any:*` (anywhere) and `ipBlock:<cidr>`.
 */
import type { FlowEnd } from '../engine';
import { endKey } from '../engine';

export type NodeRef =
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'workload'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'external'; readonly name: string };

export function nodeIdOf(ref: NodeRef): string {
  switch (ref.kind) {
    case 'namespace':
      return `namespace:${ref.name}`;
    case 'workload':
      return `workload:${ref.namespace}/${ref.name}`;
    case 'external':
      return `external:${ref.name}`;
  }
}

/** The node an end of a flow is drawn at. */
export function nodeIdOfEnd(end: FlowEnd): string {
  switch (end.kind) {
    case 'namespace':
    case 'workload':
    case 'external':
      return nodeIdOf(end);
    case 'any':
      return 'any:*';
    case 'ipBlock':
      return `ipBlock:${endKey(end)}`;
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

/** How a node reads in a sentence: `prod/web`, `backup-server`, `namespace prod`, `anywhere`. */
export function nodeLabelOf(id: string): string {
  const ref = nodeRefParse(id);
  if (ref?.kind === 'workload') return `${ref.namespace}/${ref.name}`;
  if (ref?.kind === 'namespace') return `namespace ${ref.name}`;
  if (ref?.kind === 'external') return ref.name;
  if (id === 'any:*') return 'anywhere';
  return id.startsWith('ipBlock:') ? `IP block ${id.slice('ipBlock:'.length)}` : id;
}
