/**
 * Derived data, computed from the document at module scope and memoised by
 * the document's identity (never stored). Components subscribe with these.
 */
import type { Flow, PolicyIndex } from '../../engine';
import { deriveFlows, selectorMatches } from '../../engine';
import { serializeDocument, serializePolicies } from '../../io';
import type { Doc, PodKey } from '../../model';
import { podKeyOf } from '../../model';
import type { EditorState, Positions, Selection } from '../editorState';
import { flowGroupsEnforced } from './enforcement';
import { flowGroupsOf } from './flowGroups';
import type { FlowGroup } from './flowGroups';
import { memoWeak } from './memoWeak';
import { selectViewDoc } from './viewDoc';

export interface Isolation {
  readonly ingress: boolean;
  readonly egress: boolean;
}

export function selectDoc(state: EditorState): Doc {
  return state.doc;
}

export function selectPositions(state: EditorState): Positions {
  return state.positions;
}

export function selectSelection(state: EditorState): Selection {
  return state.selection;
}

const indexByDoc = new WeakMap<Doc, PolicyIndex>();

/** The compiled view document (`selectViewDoc`; incremental: one evaluator per store). */
export function selectIndex(state: EditorState): PolicyIndex {
  const doc = selectViewDoc(state);
  let index = indexByDoc.get(doc);
  if (index === undefined) {
    index = state.evaluator.compile(doc);
    indexByDoc.set(doc, index);
  }
  return index;
}

const isolationOf = memoWeak((index: PolicyIndex): ReadonlyMap<PodKey, Isolation> => {
  const map = new Map<PodKey, Isolation>();
  index.pods.forEach((key, i) => {
    map.set(key, {
      ingress: (index.ingress.groupOf[i] ?? -1) >= 0,
      egress: (index.egress.groupOf[i] ?? -1) >= 0,
    });
  });
  return map;
});

/** Per workload: whether some policy isolates it for ingress, for egress. */
export function selectIsolation(state: EditorState): ReadonlyMap<PodKey, Isolation> {
  return isolationOf(selectIndex(state));
}

const flowsByDoc = new WeakMap<Doc, readonly Flow[]>();

/** The flows the policies' rules stand for, each with its verdict. */
export function selectFlows(state: EditorState): readonly Flow[] {
  const doc = selectViewDoc(state);
  let flows = flowsByDoc.get(doc);
  if (flows === undefined) {
    flows = deriveFlows(doc, selectIndex(state));
    flowsByDoc.set(doc, flows);
  }
  return flows;
}

const groupsOf = memoWeak((flows: readonly Flow[]) => flowGroupsOf(flows));

/**
 * One canvas edge per pair of nodes, with the flows it stands for; all allowed
 * when the network plugin does not enforce the policies (`enforcement.ts`).
 */
export function selectFlowGroups(state: EditorState): readonly FlowGroup[] {
  return flowGroupsEnforced(groupsOf(selectFlows(state)), state.networkPlugin);
}

const documentYaml = memoWeak(serializeDocument);
const policiesYaml = memoWeak(serializePolicies);

/** The whole design as YAML (namespaces, workloads, external endpoints, policies). */
export function selectDocumentYaml(state: EditorState): string {
  return documentYaml(state.doc);
}

/** The kubectl-ready export: NetworkPolicies only. */
export function selectPoliciesYaml(state: EditorState): string {
  return policiesYaml(state.doc);
}

export function selectCanUndo(state: EditorState): boolean {
  return state.past.length > 0;
}

export function selectCanRedo(state: EditorState): boolean {
  return state.future.length > 0;
}

export function selectIsEmpty(state: EditorState): boolean {
  const { doc } = state;
  return (
    doc.namespaces.length === 0 &&
    doc.workloads.length === 0 &&
    doc.externals.length === 0 &&
    doc.policies.length === 0
  );
}

const selectedByPolicy = memoWeak((doc: Doc) => {
  const byPolicy = new Map<string, readonly PodKey[]>();
  for (const policy of doc.policies) {
    const namespace = policy.metadata.namespace;
    const keys = doc.workloads
      .filter(
        (w) => w.namespace === namespace && selectorMatches(policy.spec.podSelector, w.labels),
      )
      .map((w) => podKeyOf(w.namespace, w.name));
    byPolicy.set(`${namespace}/${policy.metadata.name}`, keys);
  }
  return byPolicy;
});

const NONE: readonly PodKey[] = [];

/** The workloads the selected policy's podSelector selects (empty without a selected policy). */
export function selectHighlightedPods(state: EditorState): readonly PodKey[] {
  const { selection } = state;
  if (selection?.kind !== 'policy') return NONE;
  return (
    selectedByPolicy(selectViewDoc(state)).get(`${selection.namespace}/${selection.name}`) ?? NONE
  );
}
