/**
 * Autosave: the design and its layout are saved to the design store
 * (IndexedDB in the page) `delayMs` after the last change; while a design is
 * being opened (read, then laid out) the save waits for its positions, up to
 * `openingWaitMs`, so that a large design is written once, after its
 * overview is drawn, and its writing does not slow the layout. Nothing is lost
 * without a word: a failed save, an entry that could not be read, another
 * tab's save and an example opened over the user's design each show in
 * `status` until dealt with, and while another tab's save or the example is
 * waiting for the user's choice this tab does not save over the entry.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../createEditorStore';
import type { EditorState } from '../editorState';
import type { DesignStorage, DesignStore } from './designStore';
import { storageErrorText } from './designStore';
import type { SavedDesign } from './designEntry';
import { decodeEntry, encodeEntry } from './designEntry';
import { selectLayoutPending } from '../slices/layoutPending';
import type { EntryEncoder } from './encodeInWorker';
import { encodeInPlace } from './encodeInWorker';
import type { UnreadableEntry } from './autosaveLoad';
import { AUTOSAVE_KEY, RESCUE_KEY, setAside } from './autosaveLoad';
import type { TabChannel } from './tabChannel';
import { isSavedMessage } from './tabChannel';

export interface AutosaveStatus {
  /** Why the design is not being saved; null once a save succeeds. */
  readonly failure: string | null;
  /** An entry that could not be read when the page opened. */
  readonly unreadable: UnreadableEntry | null;
  /** Another tab saved its design since this one loaded or saved. */
  readonly otherTab: boolean;
  /** The title of an example (or a shared design) opened by link over the user's saved design. */
  readonly example: string | null;
  /** What `example` is: a built-in example (`?fixture=`) or a design shared by link. */
  readonly exampleKind: 'example' | 'shared';
}

export const AUTOSAVE_IDLE: AutosaveStatus = {
  failure: null,
  unreadable: null,
  otherTab: false,
  example: null,
  exampleKind: 'example',
};

export interface AutosaveOptions {
  readonly designs: DesignStore;
  /** This tab's id, written with each save. */
  readonly tab: string;
  readonly channel?: TabChannel | null;
  readonly delayMs?: number;
  /** How long a save waits at most for a design being opened to be laid out. */
  readonly openingWaitMs?: number;
  readonly initial?: Partial<AutosaveStatus>;
  /** The store holds the saved design as read (restored): no need to save it again. */
  readonly restored?: boolean;
  /**
   * Synchronous storage (localStorage) for the unsaved design when the page
   * goes away: an IndexedDB write started then may never finish.
   */
  readonly rescue?: DesignStorage | null;
  /** How the entry is written (`encodeInWorker()` in the page); in place by default. */
  readonly encode?: EntryEncoder;
}

export interface Autosave {
  readonly status: StoreApi<AutosaveStatus>;
  /** Saves now what is pending. */
  flush: () => Promise<void>;
  /**
   * The page is going away (pagehide): what is not saved yet is written at
   * once to the rescue storage, which the next load prefers when it is newer,
   * and the ordinary save is started too.
   */
  unloading: () => void;
  /** Keeps this tab's design: saves it over the entry (another tab's or the user's own). */
  keepThisDesign: () => Promise<void>;
  /** Loads the saved design into this tab (undo brings this tab's back). */
  loadSavedDesign: () => Promise<void>;
  dismissUnreadable: () => void;
  stop: () => void;
}

/** What the autosave keeps of the editor: the design, its layout and what is drawn collapsed. */
function designOf(state: EditorState): SavedDesign {
  return { doc: state.doc, positions: state.positions, collapsed: state.collapsed };
}

/** A design is being opened: read in the import worker, or waiting for its automatic layout. */
function opening(state: EditorState): boolean {
  return state.importing !== null || selectLayoutPending(state);
}

/** Compares what the autosave keeps; an editor state is compared in place, without a copy. */
function sameDesign(a: SavedDesign, b: SavedDesign | null): boolean {
  return (
    b !== null && a.doc === b.doc && a.positions === b.positions && a.collapsed === b.collapsed
  );
}

export function startAutosave(store: EditorStore, options: AutosaveOptions): Autosave {
  const { designs, tab, channel = null, delayMs = 400, rescue = null } = options;
  const openingWaitMs = options.openingWaitMs ?? 10_000;
  const encode = options.encode ?? encodeInPlace;
  const status = createStore<AutosaveStatus>()(() => ({ ...AUTOSAVE_IDLE, ...options.initial }));
  // What the entry holds, when known; an example or a new design is saved on its first change.
  let last: SavedDesign | null = options.restored === true ? designOf(store.getState()) : null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When a save first waited for a design being opened (null: none waits). */
  let waitingSince: number | null = null;
  // A change since the page opened that no finished save holds yet.
  let dirty = false;
  let queue: Promise<void> = Promise.resolve();

  const held = () => {
    const s = status.getState();
    return s.otherTab || s.example !== null || (s.unreadable !== null && s.unreadable.key === null);
  };

  const save = (force: boolean): Promise<void> => {
    timer = null;
    waitingSince = null;
    // A lesson's documents are not the user's design: that one waits in the lesson session.
    if (store.getState().lessonSession !== null) return queue;
    const design = designOf(store.getState());
    if (!force && (held() || sameDesign(design, last))) return queue;
    queue = queue.then(async () => {
      const savedAt = Date.now();
      try {
        await designs.set(AUTOSAVE_KEY, await encode(design, { savedAt, tab }));
        last = design;
        if (sameDesign(store.getState(), design)) dirty = false;
        if (status.getState().failure !== null) status.setState({ failure: null });
        channel?.post({ type: 'saved', tab, savedAt });
      } catch (error) {
        status.setState({ failure: storageErrorText(error) });
      }
    });
    return queue;
  };

  /** Saves `delayMs` from now, or later while a design is being opened (`openingWaitMs` at most). */
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      const now = Date.now();
      if (opening(store.getState()) && now - (waitingSince ?? now) < openingWaitMs) {
        waitingSince ??= now;
        schedule();
        return;
      }
      void save(false);
    }, delayMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (sameDesign(state, previous)) return;
    dirty = true;
    schedule();
  });
  const unlisten = channel?.listen((message) => {
    if (isSavedMessage(message) && message.tab !== tab) status.setState({ otherTab: true });
  });

  const loadSavedDesign = async () => {
    let text: string | undefined;
    try {
      text = await designs.get(AUTOSAVE_KEY);
    } catch (error) {
      status.setState({ failure: storageErrorText(error) });
      return;
    }
    const decoded = text === undefined ? null : decodeEntry(text);
    if (text !== undefined && decoded?.ok === false) {
      const aside = await setAside(designs, text, decoded.reason);
      status.setState({ unreadable: aside.unreadable, failure: aside.failure });
      return;
    }
    status.setState({ otherTab: false, example: null });
    if (decoded?.ok !== true) return;
    const { design } = decoded;
    store.setState({ positions: design.positions });
    store.getState().replaceDoc(design.doc);
    if (design.collapsed !== undefined) store.getState().resetCollapsed(design.collapsed);
    last = designOf(store.getState());
    store.getState().select(null);
    store.getState().requestFit();
  };

  const flush = () => {
    if (timer === null) return queue;
    clearTimeout(timer);
    return save(false);
  };

  const unloading = () => {
    const state = store.getState();
    if (rescue !== null && dirty && state.lessonSession === null && !held()) {
      try {
        rescue.setItem(RESCUE_KEY, encodeEntry(designOf(state), { savedAt: Date.now(), tab }));
      } catch (error) {
        // The page is going away: nobody is left to tell. The IndexedDB save below still runs,
        // and a design too large for localStorage is exactly the case it is there for.
        console.error('netpol-canvas: the unsaved design could not be kept for the reload', error);
      }
    }
    void flush();
  };

  return {
    status,
    flush,
    unloading,
    keepThisDesign: () => {
      status.setState({ otherTab: false, example: null });
      return save(true);
    },
    loadSavedDesign,
    dismissUnreadable: () => {
      // Kept on screen while it could not be set aside: the entry is still under the autosave key.
      if (status.getState().unreadable?.key === null) return;
      status.setState({ unreadable: null });
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
      unlisten?.();
    },
  };
}
