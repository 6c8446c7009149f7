/**
 * Pod-to-pod verdict changes between two versions of a document, one matrix
 * per declared port on each side. When both versions hold the same pods in the
 * same order (every edit of policies or labels), the matrices are compared
 * word by word and only the differing bits are looked at.
 */
import type { Protocol } from '../../model';
import { declaredPorts } from '../verdict/declaredPorts';
import type { FlowEnd } from '../edits/types';
import { isTrafficAllowed } from '../verdict/evaluate';
import { endsKey } from '../flows/ends';
import { verdictReason } from '../flows/verdict';
import { buildMatrix, matrixAllows } from '../verdict/matrix';
import type { Evaluated, VerdictChange } from './types';

/** The (source, destination) index pairs whose bit differs, for the same pods in the same order. */
function differingPairs(now: Uint32Array, then: Uint32Array, n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let w = 0; w < now.length; w++) {
    let word = ((now[w] ?? 0) ^ (then[w] ?? 0)) >>> 0;
    while (word !== 0) {
      const low = word & -word;
      const bit = w * 32 + 31 - Math.clz32(low);
      word = (word ^ low) >>> 0;
      if (bit < n * n) pairs.push([Math.floor(bit / n), bit % n]);
    }
  }
  return pairs;
}

/** Where each pod of `after` sits in `before` (-1: new), and whether both hold the same pods in the same order. */
export interface PodMapping {
  readonly oldIndex: readonly number[];
  readonly samePods: boolean;
}

export function podMapping(before: Evaluated, after: Evaluated): PodMapping {
  const { pods } = after.index;
  const oldIndex = pods.map((key) => before.index.podIndex(key) ?? -1);
  const samePods =
    before.index.pods.length === pods.length && oldIndex.every((old, i) => old === i);
  return { oldIndex, samePods };
}

/**
 * Every ordered pair of pods present in both versions (a pod and itself included) whose
 * verdict on `port`/`protocol` differs, in `after`'s indices, with its verdict in `after`:
 * the cells where two `reach` matrices of the versions disagree.
 */
export function matrixChanges(
  before: Evaluated,
  after: Evaluated,
  mapping: PodMapping,
  port: number,
  protocol: Protocol,
  visit: (source: number, destination: number, allowed: boolean) => void,
): void {
  const n = after.index.pods.length;
  const now = buildMatrix(after.index, port, protocol);
  const then = buildMatrix(before.index, port, protocol);
  if (mapping.samePods) {
    for (const [s, d] of differingPairs(now.allowed, then.allowed, n)) {
      visit(s, d, matrixAllows(now, s, d));
    }
    return;
  }
  const { oldIndex } = mapping;
  for (let s = 0; s < n; s++) {
    const os = oldIndex[s] ?? -1;
    if (os < 0) continue;
    for (let d = 0; d < n; d++) {
      const od = oldIndex[d] ?? -1;
      if (od < 0) continue;
      const allowed = matrixAllows(now, s, d);
      if (allowed !== matrixAllows(then, os, od)) visit(s, d, allowed);
    }
  }
}

export function podChanges(before: Evaluated, after: Evaluated): VerdictChange[] {
  const { pods } = after.index;
  const mapping = podMapping(before, after);
  const changes: VerdictChange[] = [];
  const change = (s: number, d: number, port: number, protocol: Protocol, allowed: boolean) => {
    const source = after.doc.workloads[s];
    const target = after.doc.workloads[d];
    const fromKey = pods[s];
    const toKey = pods[d];
    if (source === undefined || target === undefined || fromKey === undefined) return;
    if (toKey === undefined) return;
    const from: FlowEnd = { kind: 'workload', namespace: source.namespace, name: source.name };
    const to: FlowEnd = { kind: 'workload', namespace: target.namespace, name: target.name };
    const verdict = isTrafficAllowed(after.index, {
      from: { kind: 'pod', key: fromKey },
      to: { kind: 'pod', key: toKey },
      port,
      protocol,
    });
    changes.push({
      id: `${endsKey(from, to)} ${protocol}/${port}`,
      from,
      to,
      port,
      protocol,
      before: !allowed,
      after: allowed,
      reason: verdictReason(verdict, after.doc),
    });
  };
  for (const { port, protocol } of declaredPorts(after.doc)) {
    const declares = after.doc.workloads.map((w) =>
      w.ports.some((p) => p.containerPort === port && p.protocol === protocol),
    );
    matrixChanges(before, after, mapping, port, protocol, (s, d, allowed) => {
      if (s !== d && declares[d] === true) change(s, d, port, protocol, allowed);
    });
  }
  return changes;
}
