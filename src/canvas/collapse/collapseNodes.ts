/**
 * The nodes of a canvas with collapsed namespaces: each collapsed namespace
 * is one small box that counts what it holds, and its workloads are not
 * drawn. Applied to what `toFlowNodes` made, so the adapter stays one thing.
 */
import type { Doc } from '../../model';
import { NO_LINES, nodeIdOf } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { NAMESPACE_COLLAPSED, namespaceFit } from '../layoutGeometry';
import { policiesPerNamespace } from '../policiesPerNamespace';
import type { LineCounts } from '../../store';

/** Over every line (at most 3) and the layer of line labels (4). */
export const COLLAPSED_Z = 5;

export function collapseNodes(
  nodes: CanvasNode[],
  doc: Doc,
  collapsed: ReadonlySet<string>,
  inside: ReadonlyMap<string, LineCounts>,
): CanvasNode[] {
  if (collapsed.size === 0) return nodes;
  const boxIds = new Set<string>(
    [...collapsed].map((name) => nodeIdOf({ kind: 'namespace', name })),
  );
  const workloads = new Map<string, number>();
  for (const w of doc.workloads) workloads.set(w.namespace, (workloads.get(w.namespace) ?? 0) + 1);
  const policies = policiesPerNamespace(doc);
  const out: CanvasNode[] = [];
  for (const node of nodes) {
    if (node.parentId !== undefined && boxIds.has(node.parentId)) continue;
    if (node.type !== 'namespace' || !boxIds.has(node.id)) {
      out.push(node);
      continue;
    }
    const { empty: _empty, ...data } = node.data;
    const name = data.name;
    const size = namespaceFit(name, NAMESPACE_COLLAPSED, false);
    out.push({
      ...node,
      width: size.width,
      height: size.height,
      measured: size,
      // Above the lines and their labels, which would otherwise cover its Expand button.
      zIndex: COLLAPSED_Z,
      data: {
        ...data,
        collapsed: {
          workloads: workloads.get(name) ?? 0,
          policies: policies.get(name) ?? 0,
          inside: inside.get(name) ?? NO_LINES,
        },
      },
    });
  }
  return out;
}
