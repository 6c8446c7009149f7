/**
 * The store the page starts with: the fixture named by `?fixture=<name>`, else
 * the autosaved design, else an empty one. A fixture opened over a saved
 * design does not replace it: `example` names it, and the autosave keeps the
 * user's design until the user chooses (back to it, or keep the example). A
 * design opened by link is treated the same way.
 */
import type { EditorStore, EditorStoreOptions, SavedDesign } from '../store';
import { collapsedOnOpen, createEditorStore } from '../store';
import { boxesDrawnOf } from '../canvas/drawnPlaces';
import { FIXTURES, fixtureDoc } from './fixtures';

export interface Boot {
  readonly store: EditorStore;
  /** Where the design came from, for the first status line. */
  readonly origin: 'link' | 'fixture' | 'autosave' | 'empty';
  /** The title of the example opened over the user's saved design; null otherwise. */
  readonly example: string | null;
}

/** The page's store: an edit keeps every node where the canvas draws it. */
function pageStore(options: EditorStoreOptions = {}): EditorStore {
  return createEditorStore({ ...options, placesDrawn: boxesDrawnOf });
}

function isEmpty(design: SavedDesign): boolean {
  const { namespaces, workloads, externals, policies } = design.doc;
  return (
    namespaces.length + workloads.length + externals.length + policies.length === 0 &&
    Object.keys(design.positions).length === 0
  );
}

/** The name a shared design is called by over the user's own when it has none. */
export const SHARED_UNTITLED = 'Untitled design';

/**
 * `shared`: a design opened by link (`shareLink.ts`); like an example, it opens over the
 * user's saved design without replacing it.
 */
export function bootEditor(
  search: string,
  saved: SavedDesign | null,
  shared: SavedDesign | null = null,
): Boot {
  if (shared !== null) {
    const collapsed = shared.collapsed ?? collapsedOnOpen(shared.doc);
    const store = pageStore({ ...shared, collapsed });
    const example = saved === null || isEmpty(saved) ? null : (shared.doc.title ?? SHARED_UNTITLED);
    return { store, origin: 'link', example };
  }
  const fixture = new URLSearchParams(search).get('fixture');
  const doc = fixture === null ? null : fixtureDoc(fixture);
  if (fixture !== null && doc !== null) {
    const example = saved === null || isEmpty(saved) ? null : (FIXTURES[fixture]?.title ?? fixture);
    return { store: pageStore({ doc }), origin: 'fixture', example };
  }
  if (saved !== null) {
    // What was open stays open; an entry of an older version opens by the rule for large designs.
    const collapsed = saved.collapsed ?? collapsedOnOpen(saved.doc);
    const store = pageStore({ ...saved, collapsed });
    // Stored positions win: the boxes are drawn where they were saved (a hand move included).
    // Only an older entry, whose boxes were placed open and are now drawn collapsed by the rule,
    // has them packed again, small.
    if (saved.collapsed === undefined && collapsed.length > 0)
      store.getState().requestLayout('boxes');
    return { store, origin: 'autosave', example: null };
  }
  return { store: pageStore(), origin: 'empty', example: null };
}

/** The address without `fixture=`, so that a reload restores the autosaved work. */
export function searchWithoutFixture(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('fixture');
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
