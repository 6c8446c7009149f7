/**
 * "What changed": the connections whose verdict differs between two
 * versions of a document, so the screen can flash the paths an edit opened or
 * closed (a new policy isolates a pod and blocks everyone else). Only
 * connections that exist in both versions count (a new workload's paths are
 * new, not changed); ports are the destination's, as in `pathsOf`, and a
 * destination that declares none is left out (what changed is told per port).
 */
import type { FlowEnd } from '../edits/types';
import { endKey } from '../flows/ends';
import { modelNodes, pathsBetween } from '../verdict/paths';
import { podChanges } from './podChanges';
import type { ModelNode } from '../verdict/paths';
import type { Evaluated, VerdictChange } from './types';

/** Paths touching one of `focus` (between nodes of both versions), compared one by one. */
function focusedChanges(before: Evaluated, after: Evaluated, focus: readonly FlowEnd[]) {
  const beforeNodes = new Map(modelNodes(before.doc, before.index).map((n) => [endKey(n.end), n]));
  const afterNodes = modelNodes(after.doc, after.index).filter((n) =>
    beforeNodes.has(endKey(n.end)),
  );
  const keys = new Set(focus.map(endKey));
  const changes = new Map<string, VerdictChange>();
  const compare = (from: ModelNode, to: ModelNode): void => {
    if (from === to || (from.endpoint.kind === 'ip' && to.endpoint.kind === 'ip')) return;
    if (to.ports.length === 0) return;
    const oldFrom = beforeNodes.get(endKey(from.end));
    const oldTo = beforeNodes.get(endKey(to.end));
    if (oldFrom === undefined || oldTo === undefined) return;
    const old = new Map(
      pathsBetween(before.doc, before.index, oldFrom, { ...oldTo, ports: to.ports }).map((p) => [
        p.id,
        p,
      ]),
    );
    for (const path of pathsBetween(after.doc, after.index, from, to)) {
      const was = old.get(path.id);
      if (was === undefined || was.allowed === path.allowed) continue;
      const { id, port, protocol, reason } = path;
      changes.set(id, {
        id,
        from: path.from,
        to: path.to,
        port,
        protocol,
        before: was.allowed,
        after: path.allowed,
        reason,
      });
    }
  };
  for (const node of afterNodes) {
    if (!keys.has(endKey(node.end))) continue;
    for (const other of afterNodes) {
      compare(other, node);
      compare(node, other);
    }
  }
  return [...changes.values()];
}

/**
 * The connections whose verdict changed from `before` to `after`. With
 * `focus`, only connections to or from those nodes are compared (enough after
 * an edit of the policies of these nodes, and much cheaper); without it,
 * every connection: pod pairs through matrices, external endpoints one by one.
 */
export function verdictChanges(
  before: Evaluated,
  after: Evaluated,
  focus?: readonly FlowEnd[],
): VerdictChange[] {
  const { doc } = before;
  const same =
    doc.policies === after.doc.policies &&
    doc.workloads === after.doc.workloads &&
    doc.namespaces === after.doc.namespaces &&
    doc.externals === after.doc.externals;
  if (same) return [];
  if (focus !== undefined) return focusedChanges(before, after, focus);
  const externals = after.doc.externals.map((e): FlowEnd => ({ kind: 'external', name: e.name }));
  return [...podChanges(before, after), ...focusedChanges(before, after, externals)];
}
