/**
 * The editor's state: the document (the truth), its history, where things sit
 * on the canvas, and what the user has selected or opened. Everything else
 * (verdicts, flows, YAML, React Flow nodes) is derived in `selectors.ts`.
 * The slices' interfaces live here, their implementations in `slices/`, so
 * that the slices and selectors can name `EditorState` without a circle.
 */
import type { Doc, ObservedConnection, Protocol } from '../model';
import type { FlowCounts } from '../io';
import type { DocEdit, Evaluator, NetworkPlugin } from '../engine';
import type { Lesson, LessonEdit } from '../workshop';
import type { DerivedLines, DerivedPaths, DerivedSamples, DerivedTables } from './derived/derive';
import type { CompareSlice, ComparisonResult } from './compare/compareState';
import type { ProposalReview } from './derived/proposalReview';
import type { DeletionPreview, DeletionRequest } from './derived/deletionPreview';
import type { PathGroupsMemo } from './derived/pathGroupsMemo';
import type { TrafficTableShown } from './derived/trafficShown';
import type { FoundLabel } from './find/foundLabelState';
import type { DesignLineage } from './designLineage';
import type { YamlDraftSlice } from './yamlDrafts';

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Positions by node id (`ids.ts`); a workload's is relative to its namespace box. */
export type Positions = Readonly<Record<string, Position>>;

/** Positions to set, by node id; null takes a node's position away (automatic layout). */
export type LayoutPatch = Readonly<Record<string, Position | null>>;

/**
 * One undo (or redo) step: the document to go back to and the positions the
 * step changed, as they were (a renamed namespace's box and workloads, a
 * workload moved to another namespace, a node dropped from the palette).
 */
export interface HistoryEntry {
  readonly doc: Doc;
  readonly layout: LayoutPatch;
  /**
   * What the step did, as the status line said it (`Deleted policy prod/db-policy`); none
   * for a step that was not an edit (a layout, a design replaced by the YAML panel).
   */
  readonly what?: string;
  /**
   * The design it brings back was left before the automatic layout placed its nodes without a
   * place (an opened file undone at once): bringing it back asks for that layout again.
   */
  readonly placing?: true;
  /** What was selected when the step was taken: undoing it selects that again (none: nothing). */
  readonly selection?: Exclude<Selection, null>;
  /**
   * The namespaces drawn collapsed when the step was taken, for a view step (boxes opened or
   * closed) and a design replaced whole: undoing it collapses exactly these again.
   */
  readonly collapsed?: readonly string[];
}

export type Selection =
  | { readonly kind: 'node'; readonly id: string }
  /**
   * A line of the canvas, `<source id>><target id>`; `focus` is the node whose
   * paths were on show when it was clicked (they stay on show). `cameFrom` says that the user
   * did not pick `focus` (its paths only draw the line): the line is a matrix cell's (the way
   * back is the matrix) or a lesson step's (no way back).
   */
  | {
      readonly kind: 'flow';
      readonly id: string;
      readonly focus: string | null;
      readonly cameFrom?: 'matrix' | 'lesson';
    }
  | { readonly kind: 'policy'; readonly namespace: string; readonly name: string }
  | null;

export type PanelName =
  'inspector' | 'policies' | 'yaml' | 'walk' | 'findings' | 'traffic' | 'author' | 'compare';

export type DialogName =
  'paste' | 'help' | 'flow' | 'lessons' | 'find' | 'generate' | 'picture' | 'compare' | null;

/** Flow logs opened, waiting in the generate dialog for the user to review the proposal. */
export interface ObservedTraffic {
  /** The files, as the user named them. */
  readonly names: string;
  readonly connections: readonly ObservedConnection[];
  readonly counts: FlowCounts;
}

/** What the user chose for the proposal in the generate dialog. */
export interface ProposalOptions {
  /** Also a default deny (DNS kept) in every namespace with pods. */
  readonly defaultDeny: boolean;
}

/** What the main area shows: the canvas, or the reachability matrix. */
export type ViewName = 'canvas' | 'matrix';

/** A flow being drawn: the two node ids, waiting for its ports in the flow dialog. */
export interface FlowDraft {
  readonly from: string;
  readonly to: string;
}

/** A short message for the status line (an import that failed, a copy that worked). */
export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  /**
   * The design an edit's notice speaks of: once the design is another (a later edit, an
   * undo), the notice is stale and the status line no longer shows it.
   */
  readonly doc?: Doc;
  /** The status line adds what the edit allowed and blocked (the derived changes of `doc`). */
  readonly withChanges?: boolean;
  /** Added while some namespace is collapsed (how to open them), dropped once none is. */
  readonly whileCollapsed?: string;
  /**
   * A note about what the canvas shows (Find's marked label): said while the canvas is on
   * show, kept (not said) while the Matrix is.
   */
  readonly ofCanvas?: boolean;
}

export interface DocumentSlice {
  readonly doc: Doc;
  /** Which design each document of this store belongs to (`designLineage.ts`); never replaced. */
  readonly lineage: DesignLineage;
  /**
   * Apply one edit (a gesture) and `placed` (where the gesture put nodes); one
   * undo step; nothing is recorded when the document does not change. The
   * layout follows renames (`layoutMoves.ts`).
   */
  dispatch: (edit: DocEdit, placed?: LayoutPatch) => void;
  /** Replace the whole document (YAML apply, a proposal) and set `positions`; one undo step. */
  replaceDoc: (doc: Doc, positions?: Positions) => void;
  /**
   * Open another design (Open file) with its own `positions`, none of the design it replaces
   * (a node of the same name would keep the other's place) and its namespaces `collapsed`;
   * one undo step, which brings back the design before with the boxes it had collapsed.
   */
  openDoc: (doc: Doc, positions?: Positions, what?: string, collapsed?: readonly string[]) => void;
}

export interface HistorySlice {
  /** Undo steps, oldest first. */
  readonly past: readonly HistoryEntry[];
  /** Undone steps, the next redo last. */
  readonly future: readonly HistoryEntry[];
  undo: () => void;
  redo: () => void;
}

/** A node's box as drawn: its place (a card's is relative to its box, `parent`) and size. */
export interface DrawnBox extends Position {
  readonly width: number;
  readonly height: number;
  /** The id of the namespace box the card is drawn in. */
  readonly parent?: string;
}

/**
 * Where the canvas draws each node of the design in `state`, at a stored place or the one it
 * puts a node without (`drawnPlaces.ts`); the workloads of a collapsed namespace are not drawn.
 */
export type PlacesDrawn = (state: EditorState) => Readonly<Record<string, DrawnBox>>;

export interface LayoutSlice {
  readonly positions: Positions;
  /**
   * Where the page's canvas draws the nodes (given by the page; null where nothing draws them:
   * Node, unit tests). An edit or a hand move keeps the place of every node drawn without a
   * stored one (`placesKept.ts`): nothing moves that the user did not move.
   */
  readonly placesDrawn: PlacesDrawn | null;
  /**
   * Nodes moved (null: drawn where the canvas puts a node without a place): not an undo step (a
   * move by React Flow's keys). A drag's moves are the canvas's view state, not the store's.
   */
  setPositions: (moved: LayoutPatch) => void;
  /**
   * A drag of nodes by hand ended where `after` says (none: where they are already): the places
   * and one undo step that puts each back where it was when the drag began (`before`; null: it
   * had no place), in one update. Nothing is recorded when no node ends elsewhere.
   */
  moved: (before: LayoutPatch, after?: LayoutPatch) => void;
  /** Nodes placed again by a command the user gave (Re-layout): one undo step. */
  arrange: (placed: LayoutPatch) => void;
  /**
   * Names of the namespaces drawn collapsed: one small box each, their lines
   * summarised. View state: not in the document; a user's Expand or Collapse is an undo step
   * (`collapseStep`), and a design replaced whole comes back with the boxes it had collapsed.
   */
  readonly collapsed: readonly string[];
  /**
   * Collapses (or expands) these namespaces. Expanding asks for a layout that
   * places their workloads and makes room for the larger boxes (`'room'`).
   */
  setCollapsed: (names: readonly string[], collapse: boolean) => void;
  /**
   * A user's Expand or Collapse (a box's button, a double-click, Expand all, Find or Show
   * opening the box of what it shows): `setCollapsed` as one undo step, `what` for the status
   * line when it is undone. Nothing is recorded when no box opens or closes.
   */
  collapseStep: (names: readonly string[], collapse: boolean, what?: string) => void;
  /**
   * Namespaces expanded since the last layout was asked for, until it answers
   * (`finishLayout`): the canvas draws them as they were, collapsed
   * (`selectCollapsedDrawn`), so that an opened box neither covers its
   * neighbours nor draws its workloads where they will not stay.
   */
  readonly opening: readonly string[];
  /** Exactly these namespaces collapsed, with no layout asked for (a design being opened). */
  resetCollapsed: (names: readonly string[]) => void;
  /** The latest request for an automatic layout (after an import, or Re-layout), or null. */
  readonly layoutRequest: LayoutRequest | null;
  /** The id of the latest layout request the canvas has finished (placed, or failed), or 0. */
  readonly layoutDone: number;
  /** Asks the canvas to lay out the nodes without a position, or (`'all'`) every node. */
  requestLayout: (scope: LayoutRequest['scope']) => void;
  /**
   * The canvas is done with this layout request (it failed, or it placed `placed`): the positions
   * and the namespaces it opens land in one update, so the canvas derives the design once.
   */
  finishLayout: (id: number, placed?: Positions) => void;
}

/**
 * A request to lay the canvas out: the nodes without a position (`unplaced`);
 * those, and the top-level boxes again if any overlap (`room`, after a
 * namespace is expanded); those, and every top-level box (`boxes`, after
 * Expand all or Collapse all); or every node (`all`, Re-layout).
 */
export interface LayoutRequest {
  readonly id: number;
  readonly scope: 'unplaced' | 'room' | 'boxes' | 'all';
}

/** A design being imported in the background: what the status line shows while it runs. */
export interface ImportStatus {
  /** The files' names, as the user knows them. */
  readonly names: string;
  readonly bytes: number;
  /** Files read so far, of `files`; `filesDone === files` while the design is assembled. */
  readonly filesDone: number;
  readonly files: number;
  /** `Date.now()` when it started. */
  readonly startedAt: number;
}

/** A request to move the camera to some nodes (see `UiSlice.focusRequest`). */
export interface FocusRequest {
  readonly ids: readonly string[];
  readonly seq: number;
  /**
   * Frame them all, as far out as the canvas goes (a focused workload's neighbourhood), not
   * only as far as cards keep their print, the first one kept in view.
   */
  readonly whole?: boolean;
  /**
   * Both ends of a connection: framed as far out as names read, and farther (to the design's
   * smallest zoom) when that is what keeps them both in view.
   */
  readonly pair?: boolean;
  /**
   * A box just opened (its Expand, a double-click, a summary line's ends): framed whole, as a
   * connection's ends are (`pair`), to the design's smallest zoom if that is what it takes.
   */
  readonly opened?: boolean;
  /**
   * The workloads Find found by a label (and the boxes their other matches wait in): framed all
   * when they fit at the app's smallest zoom (Zoom Out's floor, where names still read), else as
   * many as fit around the middle of them, and the status line counts the rest (`foundFramed`).
   */
  readonly found?: boolean;
  /**
   * Only if one of them is out of view (a collapsed namespace's, or beyond the canvas's edges):
   * a pick in a list never takes the camera from a user who can see what was picked.
   */
  readonly unlessInView?: boolean;
}

/**
 * Where the canvas's camera was when another view (the Matrix) took its place, and the fit
 * request it had answered (`UiSlice.fitRequest`, in the mode then): the canvas comes back there,
 * and makes only a fit asked for since.
 */
export interface KeptCamera {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly fitRequest: number;
  readonly presenting: boolean;
}

/** How a focus request frames its nodes. */
export type FocusFraming = Pick<
  FocusRequest,
  'whole' | 'pair' | 'opened' | 'found' | 'unlessInView'
>;

/**
 * A view filter of a table (the matrix, the Policies list): words that must
 * all occur, and one namespace or all. View state: never in the document.
 */
export interface TableFilter {
  readonly text: string;
  /** null: every namespace. */
  readonly namespace: string | null;
}

/** Which sides of the matrix its filter narrows: sources, destinations, or both. */
export type MatrixAxes = 'both' | 'rows' | 'columns';

export interface MatrixFilter extends TableFilter {
  readonly axes: MatrixAxes;
}

export interface UiSlice {
  readonly selection: Selection;
  readonly panel: PanelName;
  readonly view: ViewName;
  readonly dialog: DialogName;
  readonly flowDraft: FlowDraft | null;
  /** The flow logs the generate dialog proposes policies from; null when it is closed. */
  readonly observed: ObservedTraffic | null;
  readonly proposalOptions: ProposalOptions;
  /** Bumped to ask the canvas to fit everything in view (after an import). */
  readonly fitRequest: number;
  /**
   * Asks the canvas to move the camera to these nodes (Find, Show); `seq`
   * tells two requests for the same nodes apart. Null once the canvas did it.
   */
  readonly focusRequest: FocusRequest | null;
  /** The canvas's camera while another view shows (view state), or null before it first went. */
  readonly canvasCamera: KeptCamera | null;
  readonly notice: Notice | null;
  /** The import under way, or null; the current design stays until it is done. */
  readonly importing: ImportStatus | null;
  readonly matrixFilter: MatrixFilter;
  readonly policyFilter: TableFilter;
  /** The Traffic table's filter: kept while another side tab is open, as the others are. */
  readonly trafficFilter: TableFilter;
  /**
   * The node whose neighbourhood the canvas focuses on (its lines and the
   * nodes at their other ends drawn normally, the rest dimmed), or null.
   */
  readonly neighbourhood: string | null;
  /**
   * The namespaces the focus opened (collapsed before it): leaving the focus collapses them
   * again, all but the one holding the selection.
   */
  readonly neighbourhoodOpened: readonly string[];
  /**
   * The workloads Find last found by a label, marked on the canvas (the rest dimmed, as a focus
   * dims) until Escape; null when none are.
   */
  readonly found: FoundLabel | null;
  /**
   * What presentation mode leaves room for: the side panel, and a lesson
   * step's whole text (else one line). null: as the window suits (the app
   * decides by its size).
   */
  readonly presentingRoom: PresentingRoom;
  /**
   * The deletion whose effect the user asked to see (Preview deletion), or null; a new
   * selection drops it. Worked out off the main thread (`selectDeletionPreview`).
   */
  readonly deletionRequest: DeletionRequest | null;
  /** Asks what deleting with `edit` would change; null forgets the question. */
  previewDeletion: (edit: DocEdit | null) => void;
  select: (selection: Selection) => void;
  /**
   * Selects a node or line clicked on the canvas and opens the Inspector to
   * show it, except while the Walk tab shows a walk or a lesson is presented:
   * then the panel stays.
   */
  selectAndInspect: (selection: Selection) => void;
  openPanel: (panel: PanelName) => void;
  showView: (view: ViewName) => void;
  openDialog: (dialog: DialogName) => void;
  /** Opens the flow dialog for a connection drawn from one node to another. */
  draftFlow: (draft: FlowDraft) => void;
  /** Opens the generate dialog, proposing policies from these flow logs. */
  reviewObserved: (observed: ObservedTraffic) => void;
  setProposalOptions: (options: ProposalOptions) => void;
  requestFit: () => void;
  /**
   * Moves the camera to these node ids (nothing when the list is empty); a
   * collapsed namespace holding one of them is expanded first; `frame` says how (`whole`,
   * `pair`), in the one request the canvas sees.
   */
  requestFocus: (ids: readonly string[], frame?: FocusFraming) => void;
  /**
   * Back to the canvas (from the matrix), then the camera on these node ids
   * (`requestFocus`, framed as `frame` says): what Find, the Inspector's Show on canvas and a
   * changed connection's row do.
   */
  showOnCanvas: (ids: readonly string[], frame?: FocusFraming) => void;
  /** Back to the canvas, then the camera on both ends of a connection (`FocusRequest.pair`). */
  showConnection: (from: string, to: string) => void;
  /** The canvas moved the camera for this request. */
  focusDone: (seq: number) => void;
  /** The canvas goes (the Matrix takes its place): where its camera was, for its return. */
  keepCanvasCamera: (camera: KeptCamera) => void;
  notify: (notice: Notice | null) => void;
  setImporting: (status: ImportStatus | null) => void;
  setMatrixFilter: (change: Partial<MatrixFilter>) => void;
  setPolicyFilter: (change: Partial<TableFilter>) => void;
  setTrafficFilter: (change: Partial<TableFilter>) => void;
  /**
   * Focuses the canvas on a node's neighbourhood, opening the collapsed namespaces `open`;
   * null leaves focus. The namespaces the focus opened before and does not keep open are
   * collapsed again. `framed`: the node ids the camera then frames whole (`requestFocus`), asked
   * in the same update of the store.
   */
  focusNeighbourhood: (
    id: string | null,
    open?: readonly string[],
    framed?: readonly string[],
  ) => void;
  /** Marks the workloads found by a label on the canvas; null clears the marks. */
  setFound: (found: FoundLabel | null) => void;
  /** Shows or hides the side panel or the whole text in presentation (null: as the window suits). */
  setPresentingRoom: (change: Partial<PresentingRoom>) => void;
}

/** In presentation mode: whether the side panel and a step's whole text show (null: by window). */
export interface PresentingRoom {
  readonly panel: boolean | null;
  readonly text: boolean | null;
}

/** One connection to walk, named by who starts it: node `from` opens it to node `to`. */
export interface WalkRequest {
  /** Node ids (`workload:prod/web`, `external:backup-server`). */
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: Protocol;
  /**
   * Walked to a Service (`shop/web`) on its `port`: `to` is the pod it sends to and
   * `port` the pod's targetPort, which is what the policies check.
   */
  readonly via?: { readonly service: string; readonly port: number };
}

export interface WalkSlice {
  readonly walk: WalkRequest | null;
  /** The stop the packet is at (index into the walk's stops). */
  readonly walkStop: number;
  /** Bumped by Replay, so the packet sets off again even from the first stop. */
  readonly walkRun: number;
  /** The finding whose subjects are shown on the canvas (its id), or null. */
  readonly shownFinding: string | null;
  startWalk: (request: WalkRequest) => void;
  setWalkStop: (stop: number) => void;
  replayWalk: () => void;
  endWalk: () => void;
  showFinding: (id: string | null) => void;
}

export interface LessonSession {
  readonly lesson: Lesson;
  /** 0-based. */
  readonly stepIndex: number;
  /**
   * A built-in lesson's address (`?lesson=<id>&step=<n>`) opens it anywhere; a
   * trainer's own lesson (a file, or one written in the app) is kept in this
   * browser so that its address opens it again after a reload.
   */
  readonly builtIn: boolean;
  /** The user's design, layout and undo history when the lesson opened: back on exit. */
  readonly saved: {
    readonly doc: Doc;
    readonly positions: Positions;
    readonly past: readonly HistoryEntry[];
    readonly future: readonly HistoryEntry[];
    /** The namespaces that were collapsed (absent: none). */
    readonly collapsed?: readonly string[];
  };
}

export interface LessonSlice {
  readonly lessonSession: LessonSession | null;
  /** Presentation mode: large type, editing chrome hidden. */
  readonly presenting: boolean;
  /** The laser pointer for the room (presentation mode only): a large dot that fades. */
  readonly laser: boolean;
  /** Reveal line by line: a step's text shows one more line at each "next". */
  readonly revealing: boolean;
  /** How many lines of the step's text are shown while revealing (at least 1). */
  readonly revealed: number;
  /** Opens `lesson` at `stepIndex` (0-based, clamped). */
  openLesson: (lesson: Lesson, options?: { stepIndex?: number; builtIn?: boolean }) => void;
  /** Goes to step `stepIndex` (0-based) of the open lesson; nothing outside its steps. */
  lessonStep: (stepIndex: number) => void;
  /** Leaves the lesson; the design from before it comes back. */
  exitLesson: () => void;
  setPresenting: (presenting: boolean) => void;
  setLaser: (on: boolean) => void;
  setRevealing: (on: boolean) => void;
  setRevealed: (lines: number) => void;
}

/**
 * A trainer's own lesson being written in the app (the Lesson editor tab):
 * edits are `LessonEdit`s folded by `lessonEditApply`; the user's design is
 * untouched, each step keeps a snapshot of it.
 */
export interface AuthoringSlice {
  /** The lesson being written, or null when the editor is closed. */
  readonly authoring: Lesson | null;
  /** The step open in the editor (0-based). */
  readonly authoringStep: number;
  /** Opens the editor on `lesson` (a new one when absent) and shows its tab. */
  startAuthoring: (lesson?: Lesson) => void;
  editAuthoring: (edit: LessonEdit) => void;
  setAuthoringStep: (index: number) => void;
  /** Closes the editor; the lesson is dropped. */
  stopAuthoring: () => void;
  /** Runs the lesson being written as a lesson, from the step open in the editor. */
  previewAuthoring: () => void;
  /** The lesson shown as a handout to print (every step: its text and its diagram), or null. */
  readonly handout: Lesson | null;
  showHandout: (lesson: Lesson | null) => void;
}

/** The page's colours: as the system says (`prefers-color-scheme`), or chosen. */
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface SettingsSlice {
  readonly networkPlugin: NetworkPlugin;
  setNetworkPlugin: (plugin: NetworkPlugin) => void;
  readonly theme: ThemeSetting;
  setTheme: (theme: ThemeSetting) => void;
  /** Whether the canvas's legend of line looks is open (closed by default). */
  readonly legendOpen: boolean;
  setLegendOpen: (open: boolean) => void;
}

/** A result of the derivation worker, with the document it was derived from. */
export type DerivedFor<T> = T & { readonly doc: Doc };

/**
 * What the derivation worker last sent for the canvas lines and for the
 * tables; each may be of an older document than `doc` for a moment (the page
 * shows it until the newer one arrives), or null before the first answer.
 */
export interface Derived {
  readonly lines: DerivedFor<DerivedLines> | null;
  readonly tables: DerivedFor<DerivedTables> | null;
  /** The focused node's paths (`selectFocusId`). */
  readonly paths: DerivedFor<DerivedPaths> | null;
  /** The checked connections of the line open in the Inspector (`selectLineSamples`). */
  readonly samples: DerivedFor<DerivedSamples> | null;
  /** The diff of the comparison open (`selectComparison`), with the design compared with. */
  readonly comparison: DerivedFor<{
    readonly against: Doc;
    readonly enforced: boolean;
    readonly result: ComparisonResult;
  }> | null;
  /** What the deletion asked about would change (`selectDeletionPreview`), by its key. */
  readonly preview: DerivedFor<{ readonly key: string; readonly preview: DeletionPreview }> | null;
  /** The proposal from the flow logs under review, for the document, logs and options it was asked for. */
  readonly proposal: DerivedProposal | null;
  /** The Traffic table of a large design, asked for while its tab is open (`selectTrafficShown`). */
  readonly traffic: DerivedFor<TrafficTableShown> | null;
}

/** Nothing derived yet: the worker asked, no answer in. */
export const NOTHING_DERIVED: Derived = {
  lines: null,
  tables: null,
  paths: null,
  samples: null,
  comparison: null,
  proposal: null,
  preview: null,
  traffic: null,
};

/** The worker's proposal, with the document, flow logs and options it was asked for. */
export interface DerivedProposal extends ProposalReview {
  readonly doc: Doc;
  readonly observed: ObservedTraffic;
  readonly options: ProposalOptions;
}

export interface DerivedSlice {
  /** null: no derivation worker (unit tests, Node, a worker that failed): selectors derive in place. */
  readonly derived: Derived | null;
  setDerived: (derived: Derived | null) => void;
}

/** Not data: the engine's incremental compiler and what selectors remember, one per store. */
export interface EngineSlice {
  readonly evaluator: Evaluator;
  readonly pathGroupsMemo: PathGroupsMemo;
}

export type EditorState = DocumentSlice &
  HistorySlice &
  LayoutSlice &
  UiSlice &
  WalkSlice &
  LessonSlice &
  AuthoringSlice &
  SettingsSlice &
  YamlDraftSlice &
  CompareSlice &
  DerivedSlice &
  EngineSlice;
