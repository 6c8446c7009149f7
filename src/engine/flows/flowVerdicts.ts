/**
 * The verdicts of the canvas's lines, each worked out once per document, and
 * lent from one document to the next where nothing they read has changed.
 *
 * A line's verdict reads the pods at its ends (the cluster), the external
 * endpoints (their addresses and names), the rule's ports, and the policies
 * that isolate its sources for egress and its destinations for ingress (an
 * address outside the cluster has no check on its side). After an edit of one
 * policy, only the pods that policy selects are isolated by other compiled
 * policies than before: every line whose ends hold none of them keeps its
 * verdict (on the 1,000-workload design a policy's removal re-checked 2,740
 * lines, 0.4-0.8 s of the derivation worker, for a few dozen that changed).
 */
import type { Doc, NetworkPolicyPort } from '../../model';
import { podKeyOf } from '../../model';
import { bitsetHas } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import type { FlowEnd } from '../edits/types';
import type { PolicyIndex } from '../compile/policyIndex';
import { isolatingPolicies } from '../compile/policyIndex';
import { trafficCheckerOf } from '../verdict/trafficChecker';
import type { PortSpan } from '../match/portSpans';
import { allowedPortsReader } from '../verdict/allowedPorts';
import type { Endpoint } from '../verdict/verdict';
import { endsKey } from './ends';
import { flowVerdictOf } from './verdict';
import type { FlowVerdict } from './verdict';

/** The verdict of one line: its ends, the rule's ports, the pods the rule covers at each end. */
export type VerdictOf = (
  from: FlowEnd,
  to: FlowEnd,
  ports: readonly NetworkPolicyPort[],
  fromPods: Bitset | null,
  toPods: Bitset | null,
) => FlowVerdict;

/** The verdicts of one document's lines, by key (`verdictKey`). */
interface Worked {
  readonly doc: Doc;
  readonly index: PolicyIndex;
  readonly verdicts: ReadonlyMap<string, FlowVerdict>;
}

/** Per pod (1), whether the compiled policies isolating it for `direction` are others than before. */
function isolationChanged(
  before: PolicyIndex,
  after: PolicyIndex,
  direction: 'ingress' | 'egress',
): Uint8Array {
  const changed = new Uint8Array(after.pods.length);
  for (let pod = 0; pod < changed.length; pod++) {
    const was = isolatingPolicies(before[direction], pod);
    const is = isolatingPolicies(after[direction], pod);
    const same =
      was.length === is.length &&
      was.every((p, i) => before.policies[p] === after.policies[is[i] ?? -1]);
    if (!same) changed[pod] = 1;
  }
  return changed;
}

/** Whether one of the pods `end` stands for (only those in `pods`, when given) is marked. */
function endHolds(index: PolicyIndex, end: FlowEnd, pods: Bitset | null, marked: Uint8Array) {
  if (end.kind === 'workload') {
    const pod = index.podIndex(podKeyOf(end.namespace, end.name));
    return pod !== undefined && marked[pod] === 1;
  }
  if (end.kind !== 'namespace') return false;
  const inside = index.cluster.podsByNamespace.get(end.name) ?? [];
  return inside.some((pod) => marked[pod] === 1 && (pods === null || bitsetHas(pods, pod)));
}

/**
 * The verdicts of `before` that still hold in `doc`: a lookup by key and
 * ends, or null when none can (other pods or external endpoints).
 */
function keptFrom(before: Worked | null, doc: Doc, index: PolicyIndex) {
  if (
    before === null ||
    before.index.cluster !== index.cluster ||
    before.doc.externals !== doc.externals
  ) {
    return null;
  }
  const egress = isolationChanged(before.index, index, 'egress');
  const ingress = isolationChanged(before.index, index, 'ingress');
  return (
    key: string,
    from: FlowEnd,
    to: FlowEnd,
    fromPods: Bitset | null,
    toPods: Bitset | null,
  ) => {
    const verdict = before.verdicts.get(key);
    if (verdict === undefined) return undefined;
    if (endHolds(index, from, fromPods, egress) || endHolds(index, to, toPods, ingress)) {
      return undefined;
    }
    return verdict;
  };
}

/** Works out lines' verdicts document after document, lending each the verdicts that still hold. */
export interface FlowVerdicts {
  /** The verdicts of `doc`'s lines (call once per document, then ask for each line). */
  of(doc: Doc, index: PolicyIndex): VerdictOf;
}

export function createFlowVerdicts(): FlowVerdicts {
  // Pod sets keep their object while their pods do (the evaluator's), so they key verdicts.
  const setIds = new WeakMap<Bitset, number>();
  let nextSetId = 0;
  const setId = (bits: Bitset | null) => {
    if (bits === null) return -1;
    let id = setIds.get(bits);
    if (id === undefined) setIds.set(bits, (id = nextSetId++));
    return id;
  };
  let last: Worked | null = null;
  return {
    of(doc, index) {
      const kept = keptFrom(last, doc, index);
      const verdicts = new Map<string, FlowVerdict>();
      last = { doc, index, verdicts };
      const allows = trafficCheckerOf(index);
      // Lines of many rules join the same pods: each pair's ports are read once.
      const ports = new Map<string, readonly PortSpan[]>();
      const portsOf = allowedPortsReader(index);
      const allowedPorts = (a: Endpoint, b: Endpoint) => {
        const key = `${a.kind === 'pod' ? a.key : a.ip}>${b.kind === 'pod' ? b.key : b.ip}`;
        let spans = ports.get(key);
        if (spans === undefined) ports.set(key, (spans = portsOf(a, b)));
        return spans;
      };
      // The ingress rule at the destination and the egress rule at the source often stand
      // for the same connections: each (from, to, ports, pods) is checked once.
      return (from, to, rulePorts, fromPods, toPods) => {
        const key = `${endsKey(from, to)} ${JSON.stringify(rulePorts)} ${setId(fromPods)} ${setId(toPods)}`;
        let verdict = verdicts.get(key) ?? kept?.(key, from, to, fromPods, toPods);
        verdict ??= flowVerdictOf(doc, index, from, to, rulePorts, {
          allows,
          allowedPortsOf: allowedPorts,
          fromPods,
          toPods,
        });
        verdicts.set(key, verdict);
        return verdict;
      };
    },
  };
}
