// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore } from '../../store';
import { NamespaceToggle } from './NamespaceToggle';

afterEach(cleanup);

describe('the Expand control of a collapsed namespace', () => {
  it('says Opening… until the layout answers, and a second click does nothing meanwhile', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    store.getState().resetCollapsed(['prod']);
    render(
      <EditorProvider store={store}>
        <NamespaceToggle name="prod" collapsed />
      </EditorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Expand namespace prod' }));
    expect(store.getState().collapsed).toEqual([]);
    const waiting = screen.getByRole('button', { name: 'Opening namespace prod' });
    expect(waiting).toHaveTextContent('Opening…');
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    const asked = store.getState().layoutRequest?.id;
    fireEvent.click(waiting);
    expect(store.getState().layoutRequest?.id).toBe(asked);

    act(() => {
      store.getState().finishLayout(asked ?? 0);
    });
    // The canvas now draws the box open; this control (still told `collapsed`) offers Expand again.
    expect(screen.getByRole('button', { name: 'Expand namespace prod' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });
});
