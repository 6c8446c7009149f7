import { useEffect } from 'react';
import type { EditorStore } from '../store';
import { clearFound, toggleNeighbourhood } from '../store';
import { keptByField, shortcutFor } from './shortcuts';

/**
 * Keyboard shortcuts on the whole page, except while typing in a field or the YAML editor (Undo
 * and Redo in a field whose text was applied are the app's: `keptByField`).
 */
export function useShortcuts(store: EditorStore, onDelete: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (keptByField(e.target, action)) return;
      const state = store.getState();
      if (state.dialog !== null || state.handout !== null) return;
      if (action === null) return;
      e.preventDefault();
      if (action === 'undo') state.undo();
      else if (action === 'redo') state.redo();
      else if (action === 'delete') onDelete();
      else if (action === 'escape') {
        if (state.neighbourhood !== null) state.focusNeighbourhood(null);
        else if (state.found !== null) clearFound(state);
        else state.select(null);
      } else if (action === 'focus') toggleNeighbourhood(state);
      else if (action === 'find') state.openDialog('find');
      else state.openDialog('help');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [store, onDelete]);
}
