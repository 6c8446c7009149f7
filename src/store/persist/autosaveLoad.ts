/**
 * Reading the autosaved design when the page opens. A design saved by the
 * previous version in localStorage is moved once to the design store. An
 * entry that cannot be read is never dropped: it is set aside under its own
 * key, and the user is told and offered it as a file.
 */
import type { DesignStorage, DesignStore } from './designStore';
import { storageErrorText } from './designStore';
import type { EntryMeta, SavedDesign } from './designEntry';
import { decodeEntry } from './designEntry';

export const AUTOSAVE_KEY = 'netpol-canvas.design';
/**
 * In localStorage: the design as it was when the page went away, if it was
 * not saved yet (an IndexedDB write started on pagehide may never finish).
 */
export const RESCUE_KEY = 'netpol-canvas.design.unsaved';
/** Unreadable entries are kept under this prefix and the time they were found. */
export const SET_ASIDE_PREFIX = 'netpol-canvas.design.unreadable.';

export interface UnreadableEntry {
  readonly reason: string;
  /** The entry as it was stored. */
  readonly text: string;
  /** Where it was set aside; null when even that failed (then nothing is saved over it). */
  readonly key: string | null;
}

export interface AutosaveLoad {
  readonly saved: SavedDesign | null;
  readonly meta: EntryMeta | null;
  readonly unreadable: UnreadableEntry | null;
  /** Why the design store could not be used, for the user; null when it could. */
  readonly failure: string | null;
}

const NOTHING: AutosaveLoad = { saved: null, meta: null, unreadable: null, failure: null };

/** Moves the old localStorage entry into the store; its text, or undefined. */
async function moveLegacy(
  designs: DesignStore,
  legacy: DesignStorage | null,
): Promise<string | undefined> {
  const text = legacy?.getItem(AUTOSAVE_KEY) ?? null;
  if (legacy === null || text === null) return undefined;
  await designs.set(AUTOSAVE_KEY, text);
  dropLegacy(legacy);
  return text;
}

/**
 * Removes the old localStorage entry once the design store holds the design: after the move, or
 * on a later open when a page closed between the move's copy and its removal.
 */
function dropLegacy(legacy: DesignStorage | null): void {
  try {
    legacy?.removeItem?.(AUTOSAVE_KEY);
  } catch (_blocked) {
    // The copy in the design store is the one read from now on; the old one is harmless.
  }
}

/** Keeps an unreadable entry under a key of its own and frees the autosave key. */
export async function setAside(
  designs: DesignStore,
  text: string,
  reason: string,
): Promise<AutosaveLoad> {
  const key = `${SET_ASIDE_PREFIX}${Date.now()}`;
  try {
    await designs.set(key, text);
    await designs.del(AUTOSAVE_KEY);
    return { saved: null, meta: null, unreadable: { reason, text, key }, failure: null };
  } catch (error) {
    return {
      saved: null,
      meta: null,
      unreadable: { reason, text, key: null },
      failure: storageErrorText(error),
    };
  }
}

/**
 * The rescue copy written when the page went away, when it is newer than the
 * saved entry: it becomes the saved entry. Its text, else `saved`.
 */
async function takeRescue(
  designs: DesignStore,
  local: DesignStorage | null,
  saved: string | undefined,
): Promise<string | undefined> {
  const rescued = local?.getItem(RESCUE_KEY) ?? null;
  if (local === null || rescued === null) return saved;
  const newer = decodeEntry(rescued);
  const older = saved === undefined ? null : decodeEntry(saved);
  const keep = !newer.ok || older === null || !older.ok || newer.meta.savedAt >= older.meta.savedAt;
  if (keep) await designs.set(AUTOSAVE_KEY, rescued);
  local.removeItem?.(RESCUE_KEY);
  return keep ? rescued : saved;
}

export async function loadAutosave(
  designs: DesignStore,
  legacy: DesignStorage | null,
): Promise<AutosaveLoad> {
  let text: string | undefined;
  try {
    const stored = await designs.get(AUTOSAVE_KEY);
    if (stored !== undefined) dropLegacy(legacy);
    text = stored ?? (await moveLegacy(designs, legacy));
    text = await takeRescue(designs, legacy, text);
  } catch (error) {
    // The old entry, if any, stays where it is; it is still read, so nothing is lost.
    const old = legacy?.getItem(AUTOSAVE_KEY) ?? null;
    const decoded = old === null ? null : decodeEntry(old);
    const failure = storageErrorText(error);
    if (decoded?.ok === true) return { ...NOTHING, saved: decoded.design, failure };
    return { ...NOTHING, failure };
  }
  if (text === undefined) return NOTHING;
  const decoded = decodeEntry(text);
  if (decoded.ok) return { ...NOTHING, saved: decoded.design, meta: decoded.meta };
  return setAside(designs, text, decoded.reason);
}
