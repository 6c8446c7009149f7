/**
 * Derived data. With a derivation worker (`store/worker`), the lines come
 * from its last answer (`state.derived`, perhaps of the previous document for
 * a moment); without one, they are computed here from the document and
 * memoised by its identity. Components subscribe with these.
 */
import type { Flow, FlowEnd, PolicyIndex } from '../../engine';
import { deriveFlows, selectorMatches } from '../../engine';
import { serializeDocument, serializePolicies } from '../../io';
import type { Doc, PodKey } from '../../model';
import { podKeyOf } from '../../model';
import { sameDesign } from '../designLineage';
import type { DerivedFor, EditorState, Positions, Selection } from '../editorState';
import type { DerivedTables, Isolation } from './derive';
import { isolationOf } from './derive';
import { flowGroupsEnforced } from './enforcement';
import { flowGroupsOf } from './flowGroups';
import type { FlowGroup } from './flowGroups';
import { memoWeak } from './memoWeak';
import { selectViewDoc } from './viewDoc';
import { virtualEndsOf } from './virtualEnds';

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
  return indexOfDoc(selectViewDoc(state), state.evaluator);
}

/** `doc` compiled by `evaluator`, once per document. */
export function indexOfDoc(doc: Doc, evaluator: EditorState['evaluator']): PolicyIndex {
  let index = indexByDoc.get(doc);
  if (index === undefined) {
    index = evaluator.compile(doc);
    indexByDoc.set(doc, index);
  }
  return index;
}

const isolationByIndex = memoWeak(isolationOf);
const NO_ISOLATION: ReadonlyMap<PodKey, Isolation> = new Map();

/** Per workload: whether some policy isolates it for ingress, for egress. */
export function selectIsolation(state: EditorState): ReadonlyMap<PodKey, Isolation> {
  const { derived } = state;
  if (derived !== null) return derived.lines?.isolation ?? NO_ISOLATION;
  return isolationByIndex(selectIndex(state));
}

const flowsByDoc = new WeakMap<Doc, readonly Flow[]>();

/** The document's flows, computed here (whatever the worker has sent). */
function flowsNow(state: EditorState): readonly Flow[] {
  const doc = selectViewDoc(state);
  let flows = flowsByDoc.get(doc);
  if (flows === undefined) {
    flows = deriveFlows(doc, selectIndex(state));
    flowsByDoc.set(doc, flows);
  }
  return flows;
}

const NO_FLOWS: readonly Flow[] = [];

/** The flows the policies' rules stand for, each with its verdict. */
export function selectFlows(state: EditorState): readonly Flow[] {
  const { derived } = state;
  if (derived !== null) return derived.lines?.flows ?? NO_FLOWS;
  return flowsNow(state);
}

const groupsOf = memoWeak((flows: readonly Flow[]) => flowGroupsOf(flows));
const NO_GROUPS: readonly FlowGroup[] = [];

/**
 * One canvas edge per pair of nodes, with the flows it stands for; all allowed
 * when the network plugin does not enforce the policies (`enforcement.ts`).
 */
export function selectFlowGroups(state: EditorState): readonly FlowGroup[] {
  const { derived } = state;
  const groups =
    derived === null ? groupsOf(flowsNow(state)) : (derived.lines?.groups ?? NO_GROUPS);
  return flowGroupsEnforced(groups, state.networkPlugin);
}

/**
 * The lines of the document as it is now, computed here when the worker has
 * not answered for it yet: for actions that need them at once (a lesson step
 * selects one of its lines). Components use `selectFlowGroups`.
 */
export function selectFlowGroupsNow(state: EditorState): readonly FlowGroup[] {
  const lines = state.derived?.lines;
  if (lines?.doc === state.doc) return flowGroupsEnforced(lines.groups, state.networkPlugin);
  return flowGroupsEnforced(groupsOf(flowsNow(state)), state.networkPlugin);
}

/** Whether the lines on show are those of the document (not of the one before an edit). */
export function selectLinesCurrent(state: EditorState): boolean {
  const { derived } = state;
  return derived === null || derived.lines?.doc === state.doc;
}

/**
 * Whether the findings and matrix on show are those of the document: the worker sends them
 * after the lines, and after an import only once the canvas has laid it out (`deriveClient.ts`).
 */
export function selectTablesCurrent(state: EditorState): boolean {
  const { derived } = state;
  return derived === null || derived.tables?.doc === state.doc;
}

/**
 * The worker's findings and matrix to show: those of the document, or while they are worked out
 * those of an earlier document of its design (an edit, shown as updating); never those of
 * another design (an import over it, an example, a lesson step), nor null before the first.
 */
export function selectTablesShown(state: EditorState): DerivedFor<DerivedTables> | null {
  const tables = state.derived?.tables ?? null;
  return tables !== null && sameDesign(state.lineage, tables.doc, state.doc) ? tables : null;
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

const endsOf = memoWeak(virtualEndsOf);

/** The ends of the lines on show that are no node of the model (`virtualEndsOf`). */
export function selectVirtualEnds(state: EditorState): readonly FlowEnd[] {
  return state.derived?.lines?.virtualEnds ?? endsOf(selectFlowGroups(state));
}
