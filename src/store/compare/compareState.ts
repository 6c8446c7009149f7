/**
 * "Compare with…": the other design the current one is compared with (BEFORE;
 * the current design is AFTER), and the copy of the design the user last saved
 * or opened, which "the last saved design" means. View state: never in the
 * document, never an undo step; the diff itself is derived (`comparison.ts`).
 */
import type { ConnectivityDiff } from '../../engine';
import type { Doc } from '../../model';

/** The design compared with, as the user named it (a file's name, "the last saved design"). */
export interface ComparedDesign {
  readonly name: string;
  readonly doc: Doc;
}

/**
 * The design as it was last saved to a file (Save design) or opened (Open file, a drop,
 * Paste YAML, the example), or when the page loaded (the autosaved copy it restored, a
 * fixture, a shared link).
 */
export interface SavedCopy {
  readonly doc: Doc;
  readonly how: 'saved' | 'opened' | 'loaded';
  /** `Date.now()` then. */
  readonly at: number;
}

/** The diff of the design compared with (BEFORE) and the current one (AFTER). */
export interface ComparisonResult {
  readonly diff: ConnectivityDiff;
  /** Workloads present in both versions (the ones compared). */
  readonly workloads: number;
}

export interface CompareSlice {
  /** The design the current one is compared with; null when no comparison is open. */
  readonly comparing: ComparedDesign | null;
  readonly savedCopy: SavedCopy | null;
  /** Opens the comparison (the Compare tab, the canvas). */
  compareWith: (design: ComparedDesign) => void;
  /** Closes it: the canvas draws as before. */
  closeComparison: () => void;
  /** The design was saved or opened: this copy is "the last saved design" from now on. */
  keepSavedCopy: (how: SavedCopy['how']) => void;
}
