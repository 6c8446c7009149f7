// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore, nodeIdOf } from '../../store';
import { Inspector } from './Inspector';

afterEach(cleanup);

const DB_POLICY = { kind: 'policy', namespace: 'prod', name: 'db-policy' } as const;
const DEV = { kind: 'node', id: nodeIdOf({ kind: 'namespace', name: 'dev' }) } as const;

function renderInspector(selection: typeof DB_POLICY | typeof DEV) {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')?.doc;
  if (doc === undefined) throw new Error('no db-policy scenario');
  const store = createEditorStore({ doc });
  store.getState().select(selection);
  render(
    <EditorProvider store={store}>
      <Inspector />
    </EditorProvider>,
  );
  return store;
}

describe('when a policy is selected, the Inspector', () => {
  it('previews deleting it: the count, and each connection with its reason', () => {
    renderInspector(DB_POLICY);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    fireEvent.click(within(inspector).getByRole('button', { name: 'Preview deletion' }));
    expect(within(inspector).getByRole('status')).toHaveTextContent(
      'Deleting this policy would allow 14 connections and block none.',
    );
    const list = within(inspector).getByRole('list', {
      name: 'What deleting this policy would change',
    });
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveAccessibleName(
      'prod/web → prod/db: newly allowed TCP 80, TCP 3306, TCP 5000',
    );
    expect(rows[0]).toHaveAccessibleDescription('prod/db-policy no longer isolates for ingress');
    // Pressed again, the preview goes away.
    fireEvent.click(within(inspector).getByRole('button', { name: 'Preview deletion' }));
    expect(within(inspector).queryByRole('status')).toBeNull();
  });

  it('previews deleting one peer of a rule, which blocks what it allowed', () => {
    renderInspector(DB_POLICY);
    fireEvent.click(
      screen.getByRole('button', { name: 'Preview deleting spec.ingress[0].from[0]' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Deleting this peer would block 1 connection and allow none.',
    );
    const list = screen.getByRole('list', { name: 'What deleting this peer would change' });
    expect(within(list).getByRole('button')).toHaveAccessibleName(
      'prod/api → prod/db: newly blocked TCP 3306',
    );
  });

  it('forgets the preview when something else is selected', () => {
    const store = renderInspector(DB_POLICY);
    fireEvent.click(screen.getByRole('button', { name: 'Preview deleting spec.ingress[0]' }));
    expect(store.getState().deletionRequest).not.toBeNull();
    act(() => {
      store.getState().select(DEV);
    });
    expect(store.getState().deletionRequest).toBeNull();
  });
});

describe('when a namespace is selected, the Inspector', () => {
  it('previews deleting it: no change between the workloads that stay, and what goes', () => {
    const store = renderInspector(DEV);
    fireEvent.click(screen.getByRole('button', { name: 'Preview deletion' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Deleting this namespace would change no connection between the workloads that stay.',
    );
    expect(screen.getByText('Workloads removed: dev/api')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete namespace' }));
    expect(store.getState().doc.namespaces.map((n) => n.name)).toEqual(['prod', 'test']);
  });
});
