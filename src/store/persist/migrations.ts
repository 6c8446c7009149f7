/**
 * The versions of the autosave entry and how an older one is brought up to
 * date (tldraw's store migrations, in small): each step takes the entry of
 * one version to the next, so an entry of any older version reaches the
 * current one. A version newer than this app knows is never guessed at.
 *
 * - 1: `{ version, yaml, positions }` (kept in localStorage).
 * - 2: adds `savedAt` (ms since epoch) and `tab` (the tab that saved it), so
 *   another tab can tell a save that is not its own; kept in IndexedDB.
 * - 3: adds `title`, the design's name ('' when untitled; the YAML holds
 *   Kubernetes objects only, so the name travels beside it).
 */
export const ENTRY_VERSION = 3;

export type RawEntry = Readonly<Record<string, unknown>>;

const STEPS = new Map<number, (entry: RawEntry) => RawEntry>([
  [1, (entry) => ({ ...entry, version: 2, savedAt: 0, tab: '' })],
  [2, (entry) => ({ ...entry, version: 3, title: '' })],
]);

export type Migrated =
  { readonly ok: true; readonly entry: RawEntry } | { readonly ok: false; readonly reason: string };

/** The entry at the current version, or why it cannot be brought there. */
export function migrateEntry(entry: RawEntry): Migrated {
  let current = entry;
  for (;;) {
    const { version } = current;
    if (version === ENTRY_VERSION) return { ok: true, entry: current };
    if (typeof version === 'number' && Number.isInteger(version) && version > ENTRY_VERSION) {
      return {
        ok: false,
        reason: `it was saved by a newer netpol-canvas (format ${version}; this one reads up to ${ENTRY_VERSION})`,
      };
    }
    const step = typeof version === 'number' ? STEPS.get(version) : undefined;
    if (step === undefined) {
      return {
        ok: false,
        reason: `its format version (${version === undefined ? 'none' : JSON.stringify(version)}) is unknown`,
      };
    }
    current = step(current);
  }
}
