import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../createEditorStore';
import { FIND_TEST_DOC } from '../find/findTestDoc';

describe('showOnCanvas', () => {
  it('goes back from the matrix to the canvas and moves the camera there', () => {
    const s = createEditorStore({ doc: FIND_TEST_DOC });
    s.getState().showView('matrix');
    s.getState().showOnCanvas(['workload:prod/db']);
    expect(s.getState()).toMatchObject({
      view: 'canvas',
      focusRequest: { ids: ['workload:prod/db'] },
    });
  });

  it('opens the collapsed namespace that hides what it shows', () => {
    const s = createEditorStore({ doc: FIND_TEST_DOC });
    s.getState().setCollapsed(['prod'], true);
    s.getState().showOnCanvas(['workload:prod/db']);
    expect(s.getState().collapsed).not.toContain('prod');
    expect(s.getState().focusRequest?.ids).toEqual(['workload:prod/db']);
  });

  it('does nothing for no node, and stays on the canvas', () => {
    const s = createEditorStore({ doc: FIND_TEST_DOC });
    s.getState().showOnCanvas([]);
    expect(s.getState()).toMatchObject({ view: 'canvas', focusRequest: null });
  });
});
