import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EMPTY_DOC } from '../model';
import {
  EditorProvider,
  NOTHING_DERIVED,
  createEditorStore,
  deriveTables,
  selectIndex,
} from '../store';

/**
 * Renders `ui` over an empty design whose findings and matrix the worker has not sent yet (as
 * after an import, until its layout); `tablesIn` then hands them in, as the worker would.
 */
export function renderWithTablesPending(ui: ReactNode): { tablesIn: () => void } {
  const store = createEditorStore({ doc: EMPTY_DOC });
  store.getState().setDerived(NOTHING_DERIVED);
  render(<EditorProvider store={store}>{ui}</EditorProvider>);
  return {
    tablesIn: () => {
      const state = store.getState();
      const tables = { ...deriveTables(state.doc, selectIndex(state)), doc: state.doc };
      act(() => {
        state.setDerived({ ...NOTHING_DERIVED, tables });
      });
    },
  };
}
