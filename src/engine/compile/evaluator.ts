/**
 * Incremental compilation. An evaluator remembers its last compile and reuses
 * what the new document cannot have changed:
 * - a policy's plan (selector keys, port matchers) while the policy object is the same;
 * - every pod set (selector / ipBlock bitset) while the workloads and namespaces
 *   arrays are the same objects;
 * - when the workloads keep the same keys in the same order, only the pods whose
 *   workload object changed (or whose namespace's labels changed) are re-tested
 *   against each cached pod set; a set whose bits do not change keeps its bitset;
 * - a compiled policy while its policy object and every pod set it uses are unchanged.
 * Adding, removing or reordering workloads recomputes the pod sets (plans stay).
 */
import type { Doc, NetworkPolicy } from '../../model';
import { bitsetAddInto, bitsetDeleteInto, bitsetFull, bitsetHas } from '../match/bitset';
import type { Bitset } from '../match/bitset';
import { clusterIndexFrom, clusterSamePods } from './clusterIndex';
import type { ClusterIndex } from './clusterIndex';
import { compiledPolicyFrom } from './compiledPolicy';
import type { CompiledPolicy } from './compiledPolicy';
import { podSetCompute, podSetContains } from '../match/podSet';
import type { PodSetSpec } from '../match/podSet';
import { policyIndexFrom } from './policyIndex';
import type { PolicyIndex } from './policyIndex';
import { policyPlanFrom } from './policyPlan';
import type { PodSetPlan, PolicyPlan } from './policyPlan';

export interface Evaluator {
  compile(doc: Doc): PolicyIndex;
}

interface PodSetEntry {
  readonly spec: PodSetSpec;
  readonly bits: Bitset;
}

interface CompiledEntry {
  readonly compiled: CompiledPolicy;
  /** The bitsets of `plan.podSets` it was compiled with. */
  readonly deps: readonly Bitset[];
}

interface State {
  readonly cluster: ClusterIndex;
  readonly all: Bitset;
  readonly sets: Map<string, PodSetEntry>;
}

function labelsEqual(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Pods whose workload object changed, or whose namespace's labels changed. */
function dirtyPods(before: ClusterIndex, after: ClusterIndex): number[] {
  const changedNamespaces = new Set<string>();
  for (const [name, labels] of after.namespaceLabels) {
    const old = before.namespaceLabels.get(name);
    if (old === undefined || !labelsEqual(old, labels)) changedNamespaces.add(name);
  }
  const dirty: number[] = [];
  after.workloads.forEach((w, i) => {
    if (w !== before.workloads[i] || changedNamespaces.has(w.namespace)) dirty.push(i);
  });
  return dirty;
}

/** The cached set with the dirty pods re-tested; the same entry when no bit changes. */
function podSetRefreshed(cluster: ClusterIndex, entry: PodSetEntry, dirty: readonly number[]) {
  let bits: Bitset | null = null;
  for (const pod of dirty) {
    const inside = podSetContains(cluster, entry.spec, pod);
    if (inside === bitsetHas(entry.bits, pod)) continue;
    bits ??= entry.bits.slice();
    if (inside) bitsetAddInto(bits, pod);
    else bitsetDeleteInto(bits, pod);
  }
  return bits === null ? entry : { spec: entry.spec, bits };
}

function nextState(previous: State | null, doc: Doc): State {
  if (
    previous !== null &&
    previous.cluster.workloads === doc.workloads &&
    previous.cluster.namespaces === doc.namespaces
  ) {
    return previous;
  }
  const cluster = clusterIndexFrom(doc, previous?.cluster);
  if (previous === null || !clusterSamePods(previous.cluster, cluster)) {
    return { cluster, all: bitsetFull(cluster.size), sets: new Map() };
  }
  const dirty = dirtyPods(previous.cluster, cluster);
  const sets = new Map<string, PodSetEntry>();
  for (const [key, entry] of previous.sets) sets.set(key, podSetRefreshed(cluster, entry, dirty));
  return { cluster, all: previous.all, sets };
}

export function createEvaluator(): Evaluator {
  const plans = new WeakMap<NetworkPolicy, PolicyPlan>();
  let compiled = new WeakMap<NetworkPolicy, CompiledEntry>();
  let state: State | null = null;
  let last: PolicyIndex | undefined;

  const planOf = (policy: NetworkPolicy): PolicyPlan => {
    let plan = plans.get(policy);
    if (plan === undefined) {
      plan = policyPlanFrom(policy);
      plans.set(policy, plan);
    }
    return plan;
  };

  return {
    compile(doc: Doc): PolicyIndex {
      const current = nextState(state, doc);
      if (state === null || current.all !== state.all) compiled = new WeakMap();
      const { cluster, sets } = current;
      const used = new Map<string, PodSetEntry>();
      const lookup = (set: PodSetPlan): Bitset => {
        let entry = used.get(set.key) ?? sets.get(set.key);
        if (entry === undefined) entry = { spec: set.spec, bits: podSetCompute(cluster, set.spec) };
        used.set(set.key, entry);
        return entry.bits;
      };
      const policies = doc.policies.map((policy) => {
        const plan = planOf(policy);
        const deps = plan.podSets.map(lookup);
        const cached = compiled.get(policy);
        if (cached?.deps.length === deps.length && cached.deps.every((d, i) => d === deps[i])) {
          return cached.compiled;
        }
        const fresh = compiledPolicyFrom(plan, current.all, lookup);
        compiled.set(policy, { compiled: fresh, deps });
        return fresh;
      });
      state = { cluster, all: current.all, sets: used };
      last = policyIndexFrom(cluster, policies, current.all, last);
      return last;
    },
  };
}
