/**
 * The store the page starts with: the fixture named by `?fixture=<name>`, else
 * the autosaved design, else an empty one.
 */
import type { DesignStorage, EditorStore } from '../store';
import { createEditorStore, designLoad } from '../store';
import { fixtureDoc } from './fixtures';

export interface Boot {
  readonly store: EditorStore;
  /** Where the design came from, for the first status line. */
  readonly origin: 'fixture' | 'autosave' | 'empty';
}

export function bootEditor(search: string, storage: DesignStorage | null): Boot {
  const fixture = new URLSearchParams(search).get('fixture');
  if (fixture !== null) {
    const doc = fixtureDoc(fixture);
    if (doc !== null) return { store: createEditorStore({ doc }), origin: 'fixture' };
  }
  const saved = storage === null ? null : designLoad(storage);
  if (saved !== null) return { store: createEditorStore(saved), origin: 'autosave' };
  return { store: createEditorStore(), origin: 'empty' };
}

/** The address without `fixture=`, so that a reload restores the autosaved work. */
export function searchWithoutFixture(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('fixture');
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
