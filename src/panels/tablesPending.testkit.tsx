import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EMPTY_DOC } from '../model';
import type { Doc } from '../model';
import type { EditorStore } from '../store';
import {
  EditorProvider,
  NOTHING_DERIVED,
  createEditorStore,
  deriveTables,
  selectIndex,
} from '../store';

/**
 * Renders `ui` over `doc` (an empty design) whose findings and matrix the worker has not sent yet
 * (as after an import, until its layout); `tablesIn` then hands in those of the document on show,
 * as the worker would.
 */
export function renderWithTablesPending(
  ui: ReactNode,
  doc: Doc = EMPTY_DOC,
): { store: EditorStore; tablesIn: () => void } {
  const store = createEditorStore({ doc });
  store.getState().setDerived(NOTHING_DERIVED);
  render(<EditorProvider store={store}>{ui}</EditorProvider>);
  return {
    store,
    tablesIn: () => {
      const state = store.getState();
      const tables = { ...deriveTables(state.doc, selectIndex(state)), doc: state.doc };
      act(() => {
        state.setDerived({ ...NOTHING_DERIVED, tables });
      });
    },
  };
}
