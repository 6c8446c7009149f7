// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore } from '../../store';
import type { Selection } from '../../store';
import { Inspector } from './Inspector';

afterEach(cleanup);

const LINE = 'workload:prod/web>workload:prod/db';
const WEB = 'workload:prod/web';

function renderWith(selection: Selection) {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc;
  const store = createEditorStore({ doc });
  store.getState().select(selection);
  render(
    <EditorProvider store={store}>
      <Inspector />
    </EditorProvider>,
  );
  return store;
}

const back = () => screen.queryByRole('button', { name: /^← Back to/ });

describe("the way back from a line's explanation", () => {
  it('goes back to the workload whose paths the user was reading', () => {
    const store = renderWith({ kind: 'flow', id: LINE, focus: WEB });
    fireEvent.click(screen.getByRole('button', { name: '← Back to web' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: WEB });
  });

  it('names no workload the user never picked: a matrix cell goes back to the matrix', () => {
    const store = renderWith({ kind: 'flow', id: LINE, focus: WEB, cameFrom: 'matrix' });
    // Still on the matrix: nothing to go back to.
    act(() => {
      store.getState().showView('matrix');
    });
    expect(back()).toBeNull();
    act(() => {
      store.getState().showView('canvas');
    });
    fireEvent.click(screen.getByRole('button', { name: '← Back to the matrix' }));
    expect(store.getState().view).toBe('matrix');
    expect(store.getState().selection).toMatchObject({ kind: 'flow', id: LINE });
  });

  it("offers none from a lesson step's line or a line picked with nothing in focus", () => {
    renderWith({ kind: 'flow', id: LINE, focus: WEB, cameFrom: 'lesson' });
    expect(back()).toBeNull();
    cleanup();
    renderWith({ kind: 'flow', id: LINE, focus: null });
    expect(back()).toBeNull();
  });
});
