// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore, nodeIdOf, pathsOfNode } from '../../store';
import { PathList } from './PathList';
import { PATHS_SHOWN } from './pathsShown';

afterEach(cleanup);

/** A generated cluster and the workload with the most outbound paths. */
function busiest() {
  const doc = generateCluster({ pods: 120, policies: 20, namespaces: 4, seed: 3 });
  const store = createEditorStore({ doc });
  let best = { id: '', count: -1 };
  for (const w of doc.workloads.slice(0, 30)) {
    const id = nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name });
    const count = pathsOfNode(store.getState(), id).outbound.length;
    if (count > best.count) best = { id, count };
  }
  return { store, ...best };
}

describe('when a workload of a large cluster is picked', () => {
  it('lists its first paths, a count and a filter, and all on request', () => {
    const { store, id, count } = busiest();
    expect(count).toBeGreaterThan(PATHS_SHOWN);
    render(
      <EditorProvider store={store}>
        <PathList id={id} />
      </EditorProvider>,
    );
    const outbound = screen.getByRole('region', { name: 'Outbound (it opens the connection)' });
    expect(within(outbound).getAllByRole('listitem')).toHaveLength(PATHS_SHOWN);
    expect(outbound).toHaveTextContent(`${String(count)} paths to `);

    fireEvent.click(within(outbound).getByRole('button', { name: /^Show all \d+ outbound paths/ }));
    expect(within(outbound).getAllByRole('listitem')).toHaveLength(count);
  });

  it('finds paths by a word of their row: blocked, a name, a port', () => {
    const { store, id } = busiest();
    const paths = pathsOfNode(store.getState(), id).outbound;
    render(
      <EditorProvider store={store}>
        <PathList id={id} />
      </EditorProvider>,
    );
    const outbound = screen.getByRole('region', { name: 'Outbound (it opens the connection)' });
    const filter = within(outbound).getByRole('searchbox', { name: 'Filter outbound paths' });

    fireEvent.change(filter, { target: { value: 'blocked' } });
    const blocked = paths.filter((p) => !p.allowed).length;
    expect(blocked).toBeGreaterThan(0);
    const rows = within(outbound).queryAllByRole('listitem');
    expect(rows).toHaveLength(Math.min(blocked, PATHS_SHOWN));
    for (const row of rows) expect(row).toHaveTextContent(/^blocked/);

    fireEvent.change(filter, { target: { value: 'no-such-workload' } });
    expect(within(outbound).queryAllByRole('listitem')).toHaveLength(0);
    expect(outbound).toHaveTextContent("No path matches 'no-such-workload'.");
  });
});
