// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiffRow } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { Doc, PodKey } from '../../model';
import { EditorProvider, createEditorStore } from '../../store';
import { DeletionPreviewResult } from '../DeletionPreview';
import { ChangedConnections } from './ChangedConnections';

afterEach(cleanup);

const withDbPolicy = (): Doc =>
  THREE_TIER_SCENARIOS.find(({ name }) => name.endsWith('/db-policy'))?.doc as Doc;

const row = (from: string, to: string, allowed: boolean, ports: string): DiffRow => ({
  from: from as PodKey,
  to: to as PodKey,
  allowed,
  ports,
  because: allowed
    ? 'prod/db-policy no longer isolates for ingress'
    : 'x/p ingress[0] no longer allows it',
});

function renderRows(rows: readonly DiffRow[], rowsAtOnce = 60) {
  const store = createEditorStore({ doc: withDbPolicy() });
  render(
    <EditorProvider store={store}>
      <ChangedConnections rows={rows} label="Changed connections" rowsAtOnce={rowsAtOnce} />
    </EditorProvider>,
  );
  return store;
}

describe('changed connections', () => {
  it('groups the rows of one source and destination under their heading', () => {
    renderRows([
      row('prod/web', 'prod/db', true, 'TCP 80'),
      row('prod/web', 'prod/db', false, 'TCP 3306'),
      row('prod/api', 'prod/db', true, 'TCP 5000'),
    ]);
    const list = screen.getByRole('list', { name: 'Changed connections' });
    const pairs = within(list).getAllByRole('listitem');
    expect(pairs.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      'prod/web → prod/db',
      'prod/api → prod/db',
    ]);
    expect(
      within(pairs[0] as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.ariaLabel),
    ).toEqual([
      'prod/web → prod/db: newly allowed TCP 80',
      'prod/web → prod/db: newly blocked TCP 3306',
    ]);
    expect(
      screen.getByRole('button', { name: 'prod/api → prod/db: newly allowed TCP 5000' }),
    ).toHaveAccessibleDescription('prod/db-policy no longer isolates for ingress');
  });

  it('moves the camera to a row’s connection and selects its line, from the matrix too', () => {
    const store = renderRows([row('prod/web', 'prod/db', true, 'TCP 80')]);
    store.getState().showView('matrix');
    const button = screen.getByRole('button', { name: /^prod\/web → prod\/db: / });
    fireEvent.click(button);
    const state = store.getState();
    expect(state.selection).toEqual({
      kind: 'flow',
      id: 'workload:prod/web>workload:prod/db',
      focus: null,
    });
    expect(state.focusRequest?.ids).toEqual(['workload:prod/web', 'workload:prod/db']);
    expect(state.view).toBe('canvas');
    expect(button).toHaveAttribute('aria-current', 'true');
  });

  it('selects the workload itself for its connection to itself', () => {
    const store = renderRows([row('prod/db', 'prod/db', true, 'TCP 80')]);
    fireEvent.click(screen.getByRole('button', { name: /^prod\/db → prod\/db: / }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'workload:prod/db' });
    expect(store.getState().focusRequest?.ids).toEqual(['workload:prod/db']);
  });

  it('lists a long change a few rows at a time', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((n) => row(`x/${n}`, 'prod/db', true, 'TCP 80'));
    renderRows(rows, 2);
    expect(screen.getAllByRole('button', { name: /newly allowed/ })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more (3 not listed)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more (1 not listed)' }));
    expect(screen.getAllByRole('button', { name: /newly allowed/ })).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});

describe('a deletion preview’s rows', () => {
  it('show their connection on the canvas, as the Compare tab’s do', () => {
    const store = createEditorStore({ doc: withDbPolicy() });
    const edit = { type: 'removePolicy', ref: { namespace: 'prod', name: 'db-policy' } } as const;
    store.getState().previewDeletion(edit);
    render(
      <EditorProvider store={store}>
        <DeletionPreviewResult edit={edit} what="this policy" />
      </EditorProvider>,
    );
    const list = screen.getByRole('list', { name: 'What deleting this policy would change' });
    fireEvent.click(
      within(list).getByRole('button', { name: /^dev\/api → prod\/db: newly allowed/ }),
    );
    expect(store.getState().selection).toEqual({
      kind: 'flow',
      id: 'workload:dev/api>workload:prod/db',
      focus: null,
    });
    expect(store.getState().focusRequest?.ids).toEqual(['workload:dev/api', 'workload:prod/db']);
  });
});
