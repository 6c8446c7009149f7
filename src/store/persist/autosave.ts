/**
 * Autosave to the browser's storage. The document is saved as the YAML of the
 * whole design (`serializeDocument`) and read back through the importer, so a
 * damaged or outdated entry is rejected by the same validation as any file
 * rather than trusted. Positions are saved next to it.
 */
import { parseFiles, serializeDocument } from '../../io';
import type { Doc } from '../../model';
import { EMPTY_DOC } from '../../model';
import type { EditorStore } from '../createEditorStore';
import type { Position, Positions } from '../editorState';

export const AUTOSAVE_KEY = 'netpol-canvas.design';
const VERSION = 1;

/** The part of `Storage` we use (localStorage, or a Map-backed fake in tests). */
export interface DesignStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedDesign {
  readonly doc: Doc;
  readonly positions: Positions;
}

export function designSave(storage: DesignStorage, design: SavedDesign): void {
  const saved = {
    version: VERSION,
    yaml: serializeDocument(design.doc),
    positions: design.positions,
  };
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(saved));
  } catch (_quotaOrPrivateMode) {
    // Nothing to do: the design stays in memory; the next save tries again.
  }
}

function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y);
}

function positionsOf(value: unknown): Positions {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, p]) => isPosition(p)));
}

/** The saved design, or null when there is none or it does not import cleanly. */
export function designLoad(storage: DesignStorage): SavedDesign | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? 'null');
  } catch (_notJson) {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, yaml, positions } = raw as Record<string, unknown>;
  if (version !== VERSION || typeof yaml !== 'string') return null;
  if (yaml.trim() === '') return { doc: EMPTY_DOC, positions: positionsOf(positions) };
  const parsed = parseFiles([{ name: 'autosave', text: yaml }]);
  return parsed.ok ? { doc: parsed.doc, positions: positionsOf(positions) } : null;
}

export interface Autosave {
  /** Save now what is pending (on page hide). */
  flush: () => void;
  stop: () => void;
}

/** Saves the document and layout `delayMs` after the last change to either. */
export function startAutosave(store: EditorStore, storage: DesignStorage, delayMs = 400): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    // A lesson's documents are not the user's design: that one waits in the lesson session.
    if (store.getState().lessonSession !== null) return;
    const { doc, positions } = store.getState();
    designSave(storage, { doc, positions });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc && state.positions === previous.positions) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  return {
    flush: () => {
      if (timer === null) return;
      clearTimeout(timer);
      save();
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
    },
  };
}
