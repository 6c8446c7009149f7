// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { serializeDocument } from '../../io';
import type { Doc } from '../../model';
import { EditorProvider, createEditorStore } from '../../store';
import { DraftSetAside } from './DraftSetAside';

afterEach(cleanup);

const before: Doc = {
  ...generateCluster({ pods: 6, policies: 2, namespaces: 2, seed: 1 }),
  title: 'Payments v1',
};
const opened: Doc = generateCluster({ pods: 6, policies: 2, namespaces: 2, seed: 2 });

function renderSetAside(text: string) {
  const store = createEditorStore({ doc: opened });
  const onDrop = vi.fn();
  render(
    <EditorProvider store={store}>
      <DraftSetAside draft={{ text, doc: before }} onDrop={onDrop} />
    </EditorProvider>,
  );
  return { store, onDrop };
}

describe('YAML edits set aside when another design opened', () => {
  it('name the design they were typed over', () => {
    renderSetAside('kind: Namespace\n');
    expect(screen.getByRole('region', { name: 'YAML edits set aside' })).toHaveTextContent(
      /^Your YAML edits of “Payments v1” were set aside when another design opened/,
    );
  });

  it('open as a design of their own, named for theirs, one undo from the design on screen', () => {
    const edited = { ...before, namespaces: [...before.namespaces, { name: 'mine', labels: {} }] };
    const { store, onDrop } = renderSetAside(serializeDocument(edited));
    fireEvent.click(screen.getByRole('button', { name: 'Open as a design' }));
    expect(store.getState().doc.title).toBe('Payments v1 (edited)');
    expect(store.getState().doc.namespaces.map((n) => n.name)).toContain('mine');
    expect(onDrop).toHaveBeenCalledOnce();
    store.getState().undo();
    expect(store.getState().doc).toBe(opened);
  });

  it('with a mistake, stay set aside and say so: the design on screen stays', () => {
    const { store, onDrop } = renderSetAside('kind: Namespcae\nmetadata: {name: x}\n');
    fireEvent.click(screen.getByRole('button', { name: 'Open as a design' }));
    expect(store.getState().doc).toBe(opened);
    expect(onDrop).not.toHaveBeenCalled();
    expect(store.getState().notice?.text).toMatch(
      /^Your YAML edits of “Payments v1” have 1 problem: copy them to fix them\.$/,
    );
  });
});
