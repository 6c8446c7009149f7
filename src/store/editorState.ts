/**
 * The editor's state: the document (the truth), its history, where things sit
 * on the canvas, and what the user has selected or opened. Everything else
 * (verdicts, flows, YAML, React Flow nodes) is derived in `selectors.ts`.
 */
import type { Doc } from '../model';
import type { DocEdit, Evaluator } from '../engine';
import type { WalkSlice } from './slices/walkSlice';
import type { LessonSlice } from './slices/lessonSlice';
import type { SettingsSlice } from './slices/settingsSlice';

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Positions by node id (`nodeIds.ts`); a workload's is relative to its namespace box. */
export type Positions = Readonly<Record<string, Position>>;

export type Selection =
  | { readonly kind: 'node'; readonly id: string }
  /**
   * A line of the canvas, `<source id>><target id>`; `focus` is the node whose
   * paths were on show when it was clicked (they stay on show).
   */
  | { readonly kind: 'flow'; readonly id: string; readonly focus: string | null }
  | { readonly kind: 'policy'; readonly namespace: string; readonly name: string }
  | null;

export type PanelName = 'inspector' | 'policies' | 'yaml' | 'walk' | 'findings' | 'traffic';

export type DialogName = 'paste' | 'help' | 'flow' | 'lessons' | null;

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
}

export interface DocumentSlice {
  readonly doc: Doc;
  /** Apply one edit (a gesture); one undo step; nothing is recorded when it changes nothing. */
  dispatch: (edit: DocEdit) => void;
  /** Replace the whole document (import, YAML apply); one undo step. */
  replaceDoc: (doc: Doc) => void;
}

export interface HistorySlice {
  /** Earlier documents, oldest first. */
  readonly past: readonly Doc[];
  /** Undone documents, the next redo last. */
  readonly future: readonly Doc[];
  undo: () => void;
  redo: () => void;
}

export interface LayoutSlice {
  readonly positions: Positions;
  setPositions: (moved: Positions) => void;
  /** A node was renamed: its position (and a namespace's workloads') follows it. */
  moveLayout: (fromId: string, toId: string) => void;
  forgetPositions: (ids: readonly string[]) => void;
}

export interface UiSlice {
  readonly selection: Selection;
  readonly panel: PanelName;
  readonly view: ViewName;
  readonly dialog: DialogName;
  readonly flowDraft: FlowDraft | null;
  /** Bumped to ask the canvas to fit everything in view (after an import). */
  readonly fitRequest: number;
  readonly notice: Notice | null;
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
  requestFit: () => void;
  notify: (notice: Notice | null) => void;
}

/** Not data: the engine's incremental compiler, one per store (used by selectors). */
export interface EngineSlice {
  readonly evaluator: Evaluator;
}

export type EditorState = DocumentSlice &
  HistorySlice &
  LayoutSlice &
  UiSlice &
  WalkSlice &
  LessonSlice &
  SettingsSlice &
  EngineSlice;
