import { useCallback } from 'react';
import type { DocEdit } from '../../engine';
import { editProblem, useEditorApi } from '../../store';

/** Dispatches a form's edit when valid; returns the problem otherwise (shown at the field). */
export function useCommitEdit(): (edit: DocEdit) => string | null {
  const api = useEditorApi();
  return useCallback(
    (edit) => {
      const state = api.getState();
      const problem = editProblem(state.doc, edit);
      if (problem === null) state.dispatch(edit);
      return problem;
    },
    [api],
  );
}
