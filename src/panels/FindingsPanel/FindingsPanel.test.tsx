// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../model';
import {
  EditorProvider,
  NOTHING_DERIVED,
  createEditorStore,
  deriveTables,
  selectIndex,
} from '../../store';
import { FindingsPanel } from './FindingsPanel';

afterEach(cleanup);

describe('while the findings of the design on show are still being worked out', () => {
  it('says so, and says there are none only once they are in', () => {
    const store = createEditorStore({ doc: EMPTY_DOC });
    // The worker has answered nothing for this design yet (as after an import, until its layout).
    store.getState().setDerived(NOTHING_DERIVED);
    render(
      <EditorProvider store={store}>
        <FindingsPanel />
      </EditorProvider>,
    );
    expect(screen.getByText(/Looking for findings/)).toBeInTheDocument();
    expect(screen.queryByText(/No findings/)).toBeNull();
    const state = store.getState();
    const tables = { ...deriveTables(state.doc, selectIndex(state)), doc: state.doc };
    act(() => {
      state.setDerived({ ...NOTHING_DERIVED, tables });
    });
    expect(screen.getByText(/No findings: nothing in this design/)).toBeInTheDocument();
  });
});
