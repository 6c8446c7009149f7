// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { Doc } from '../../model';
import { EditorProvider, createEditorStore } from '../../store';
import { ComparePanel } from './ComparePanel';

afterEach(cleanup);

const withDbPolicy = (): Doc =>
  THREE_TIER_SCENARIOS.find(({ name }) => name.endsWith('/db-policy'))?.doc as Doc;

function renderComparing() {
  const store = createEditorStore({ doc: withDbPolicy() });
  store.getState().compareWith({ name: 'before.yaml', doc: { ...withDbPolicy(), policies: [] } });
  render(
    <EditorProvider store={store}>
      <ComparePanel />
    </EditorProvider>,
  );
  return store;
}

describe('when the design is compared with one without its policy', () => {
  it('lists each changed pair with its ports and why', () => {
    renderComparing();
    expect(screen.getByRole('status')).toHaveTextContent(/^0 newly allowed, 14 newly blocked/);
    const row = screen.getByRole('button', {
      name: 'prod/api → prod/db: newly blocked TCP 80, TCP 5000',
    });
    expect(row).toHaveAccessibleDescription('prod/db-policy now isolates for ingress');
  });

  it('says which changed pairs the canvas has no line for: a workload to itself', () => {
    renderComparing();
    const pairs = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(pairs).toContain('prod/db → prod/db');
    expect(screen.getByText(/^On the canvas:/)).toHaveTextContent(
      `The canvas draws ${String(pairs.length - 1)} of the ${String(pairs.length)} changed pairs: ` +
        "a workload's connections to itself (prod/db → prod/db) have no line; its row selects the workload.",
    );
  });

  it('shows a row’s connection on the canvas, the Compare tab staying open', () => {
    const store = renderComparing();
    fireEvent.click(screen.getByRole('button', { name: /^prod\/web → prod\/db: / }));
    expect(store.getState().selection).toEqual({
      kind: 'flow',
      id: 'workload:prod/web>workload:prod/db',
      focus: null,
    });
    expect(store.getState().panel).toBe('compare');
  });

  it('closes, leaving the design and its history as they were', () => {
    const store = renderComparing();
    const doc = store.getState().doc;
    fireEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    expect(store.getState().comparing).toBeNull();
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().past).toEqual([]);
  });

  it('follows an edit of the design', () => {
    const store = renderComparing();
    act(() => {
      store.getState().replaceDoc({ ...withDbPolicy(), policies: [] });
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      /^No change: 0 newly allowed, 0 newly blocked/,
    );
    expect(screen.queryAllByRole('button', { name: /newly/ })).toEqual([]);
  });
});
