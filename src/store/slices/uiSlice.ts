import type { StateCreator } from 'zustand';
import type { EditorState, FocusFraming, FocusRequest, UiSlice } from '../editorState';
import { collapsedHolding } from '../collapse/collapsedNamespaces';
import { deletionKeyOf } from '../derived/deletionPreview';
import { nodeRefParse } from '../ids';

/** The namespace of the selected workload or namespace, which leaving a focus keeps open. */
function namespaceOfSelection(s: EditorState): string | null {
  if (s.selection?.kind !== 'node') return null;
  const ref = nodeRefParse(s.selection.id);
  if (ref?.kind === 'workload') return ref.namespace;
  return ref?.kind === 'namespace' ? ref.name : null;
}

/**
 * The panel stays while a walk plays in the Walk tab, a lesson is on the
 * projector, or a lesson is being written (the trainer changes the design for
 * its next step).
 */
function keepsPanel(s: EditorState): boolean {
  const walking = s.walk !== null && s.panel === 'walk';
  const presentingLesson = s.presenting && s.lessonSession !== null;
  return walking || presentingLesson || s.panel === 'author';
}

/**
 * Expands the collapsed namespaces holding any of the node ids `ids`, for the camera to show
 * them: as an undo step of its own when the user asked to be shown them (Find, Show, the Walk),
 * not for a focus (F), which its own way out collapses again.
 */
function openHolding(s: EditorState, ids: readonly string[], step: boolean): void {
  const closed = collapsedHolding(s.collapsed, ids);
  if (closed.length === 0) return;
  if (step) s.collapseStep(closed, false);
  else s.setCollapsed(closed, false);
}

/** The next request to move the camera to the node ids `ids`, framed as `frame` says. */
function focusRequestOf(s: EditorState, ids: readonly string[], frame: FocusFraming): FocusRequest {
  return { ids, seq: (s.focusRequest?.seq ?? 0) + 1, whole: false, ...frame };
}

export const createUiSlice: StateCreator<EditorState, [], [], UiSlice> = (set, get) => ({
  selection: null,
  panel: 'inspector',
  view: 'canvas',
  dialog: null,
  flowDraft: null,
  observed: null,
  proposalOptions: { defaultDeny: false },
  fitRequest: 0,
  focusRequest: null,
  canvasCamera: null,
  notice: null,
  importing: null,
  matrixFilter: { text: '', namespace: null, axes: 'both' },
  policyFilter: { text: '', namespace: null },
  trafficFilter: { text: '', namespace: null },
  neighbourhood: null,
  neighbourhoodOpened: [],
  found: null,
  presentingRoom: { panel: null, text: null },
  deletionRequest: null,
  previewDeletion: (edit) => {
    set({ deletionRequest: edit === null ? null : { key: deletionKeyOf(edit), edit } });
  },
  select: (selection) => {
    set({ selection, deletionRequest: null });
  },
  selectAndInspect: (selection) => {
    const dropped = { selection, deletionRequest: null };
    set(keepsPanel(get()) ? dropped : { ...dropped, panel: 'inspector' });
  },
  openPanel: (panel) => {
    set({ panel });
  },
  showView: (view) => {
    set({ view });
  },
  openDialog: (dialog) => {
    set(
      dialog === 'flow' ? { dialog, observed: null } : { dialog, flowDraft: null, observed: null },
    );
  },
  draftFlow: (flowDraft) => {
    set({ dialog: 'flow', flowDraft, observed: null });
  },
  reviewObserved: (observed) => {
    set({ dialog: 'generate', flowDraft: null, observed, proposalOptions: { defaultDeny: false } });
  },
  setProposalOptions: (proposalOptions) => {
    set({ proposalOptions });
  },
  notify: (notice) => {
    set({ notice });
  },
  setImporting: (importing) => {
    set({ importing });
  },
  setMatrixFilter: (change) => {
    set((s) => ({ matrixFilter: { ...s.matrixFilter, ...change } }));
  },
  setPolicyFilter: (change) => {
    set((s) => ({ policyFilter: { ...s.policyFilter, ...change } }));
  },
  setTrafficFilter: (change) => {
    set((s) => ({ trafficFilter: { ...s.trafficFilter, ...change } }));
  },
  requestFit: () => {
    set((s) => ({ fitRequest: s.fitRequest + 1 }));
  },
  requestFocus: (ids, frame = {}) => {
    if (ids.length === 0) return;
    openHolding(get(), ids, true);
    set((s) => ({ focusRequest: focusRequestOf(s, ids, frame) }));
  },
  showOnCanvas: (ids, frame) => {
    if (get().view !== 'canvas') get().showView('canvas');
    get().requestFocus(ids, frame);
  },
  showConnection: (from, to) => {
    if (get().view !== 'canvas') get().showView('canvas');
    get().requestFocus([from, to], { pair: true });
  },
  focusDone: (seq) => {
    if (get().focusRequest?.seq === seq) set({ focusRequest: null });
  },
  keepCanvasCamera: (canvasCamera) => {
    set({ canvasCamera });
  },
  focusNeighbourhood: (neighbourhood, open = [], framed = []) => {
    const s = get();
    const wanted = new Set(open);
    const kept = namespaceOfSelection(s);
    const back = s.neighbourhoodOpened.filter((name) => !wanted.has(name) && name !== kept);
    const opened = open.filter((name) => s.collapsed.includes(name));
    const still = s.neighbourhoodOpened.filter((name) => wanted.has(name));
    if (back.length > 0) s.setCollapsed(back, true);
    if (opened.length > 0) s.setCollapsed(opened, false);
    if (framed.length > 0) openHolding(get(), framed, false);
    // One update: every card and line watching the store runs its selectors once for F.
    set((now) => ({
      neighbourhood,
      neighbourhoodOpened: [...new Set([...still, ...opened])].sort(),
      ...(framed.length > 0 ? { focusRequest: focusRequestOf(now, framed, { whole: true }) } : {}),
    }));
  },
  setFound: (found) => {
    set({ found });
  },
  setPresentingRoom: (change) => {
    // The canvas changes size: the canvas keeps what the camera shows framed in the new room
    // (a lesson's subject; presented, what the app last framed, unless moved by hand).
    set((s) => ({ presentingRoom: { ...s.presentingRoom, ...change } }));
  },
});
