/**
 * "What changed": the connections whose verdict differs between two
 * versions of a document, so the screen can flash the paths an edit opened or
 * closed (a new policy isolates a pod and blocks everyone else). Only
 * connections that exist in both versions count (a new workload's paths are
 * new, not changed); ports are the destination's, as in `pathsOf`; to a
 * destination that declares none, the ports of its path on every port that
 * flipped (a policy letting only TCP 80 into it blocks all ports but TCP 80).
 */
import type { FlowEnd } from '../edits/types';
import { endKey } from '../flows/ends';
import { portSpansWithout } from '../match/portSpans';
import type { PortSpan } from '../match/portSpans';
import { modelNodes, pathsBetween } from '../verdict/paths';
import { portSpansButText, portText } from '../text/portText';
import { podChanges } from './podChanges';
import type { ModelNode, Path } from '../verdict/paths';
import type { Evaluated, VerdictChange } from './types';

/** A change's port as the status line and a changed line write it: `TCP 3306`, `all ports but TCP 80`. */
export function changePortText(change: Pick<VerdictChange, 'port' | 'protocol' | 'ports'>) {
  return change.ports === undefined ? portText(change) : portSpansButText(change.ports);
}

function changeOf(path: Path, before: boolean, ports?: readonly PortSpan[]): VerdictChange {
  const { id, from, to, port, protocol, reason } = path;
  const change = { id, from, to, port, protocol, before, after: !before, reason };
  return ports === undefined ? change : { ...change, ports };
}

/**
 * What flipped between two versions of one path: its verdict; on a path on
 * every port, the ports newly allowed and those newly blocked (one change each).
 */
function pathChanges(was: Path, path: Path): VerdictChange[] {
  if (was.allowedPorts === undefined || path.allowedPorts === undefined) {
    return was.allowed === path.allowed ? [] : [changeOf(path, was.allowed)];
  }
  const opened = portSpansWithout(path.allowedPorts, was.allowedPorts);
  const closed = portSpansWithout(was.allowedPorts, path.allowedPorts);
  return [
    ...(opened.length === 0 ? [] : [changeOf(path, false, opened)]),
    ...(closed.length === 0 ? [] : [changeOf(path, true, closed)]),
  ];
}

/**
 * Paths touching one of `focus` (between nodes of both versions), compared one by one;
 * `into`: only the paths into them.
 */
function focusedChanges(
  before: Evaluated,
  after: Evaluated,
  focus: readonly FlowEnd[],
  into = false,
) {
  const beforeNodes = new Map(modelNodes(before.doc, before.index).map((n) => [endKey(n.end), n]));
  const afterNodes = modelNodes(after.doc, after.index).filter((n) =>
    beforeNodes.has(endKey(n.end)),
  );
  const keys = new Set(focus.map(endKey));
  const changes = new Map<string, VerdictChange>();
  const compare = (from: ModelNode, to: ModelNode): void => {
    if (from === to || (from.endpoint.kind === 'ip' && to.endpoint.kind === 'ip')) return;
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
      if (was === undefined) continue;
      for (const change of pathChanges(was, path)) {
        changes.set(`${change.id} ${String(change.after)}`, change);
      }
    }
  };
  for (const node of afterNodes) {
    if (!keys.has(endKey(node.end))) continue;
    for (const other of afterNodes) {
      compare(other, node);
      if (!into) compare(node, other);
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
  // The matrices are per declared port: a workload that declares none is compared path by path.
  const portless = after.doc.workloads
    .filter((w) => w.ports.length === 0)
    .map((w): FlowEnd => ({ kind: 'workload', namespace: w.namespace, name: w.name }));
  const outside = focusedChanges(before, after, externals);
  const told = new Set(outside.map((c) => `${c.id} ${String(c.after)}`));
  return [
    ...podChanges(before, after),
    ...outside,
    ...focusedChanges(before, after, portless, true).filter(
      (c) => !told.has(`${c.id} ${String(c.after)}`),
    ),
  ];
}
