// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { endLabel } from '../../engine';
import { drawThreeTier } from '../../engine/__fixtures__/drawnThreeTier';
import { EditorProvider, createEditorStore, nodeIdOf, pathsOfNode } from '../../store';
import { ReachSummary } from './ReachSummary';
import { reachPeers } from './reachPeers';

afterEach(cleanup);

const DB = nodeIdOf({ kind: 'workload', namespace: 'prod', name: 'db' });

describe('when prod/db of the drawn three tiers is picked', () => {
  it('answers who can reach it before any field: prod/api on TCP 3306 alone', () => {
    const store = createEditorStore({ doc: drawThreeTier() });
    render(
      <EditorProvider store={store}>
        <ReachSummary id={DB} />
      </EditorProvider>,
    );
    const from = screen.getByRole('region', { name: 'Accepts connections from' });
    const peers = within(from).getAllByRole('button');
    expect(peers.map((b) => b.textContent)).toEqual(['prod/api TCP 3306']);
    const inbound = pathsOfNode(store.getState(), DB).inbound;
    const sources = new Set(inbound.map((p) => endLabel(p.from)));
    expect(from).toHaveTextContent(`1 of ${String(sources.size)}`);

    fireEvent.click(peers[0] as HTMLElement);
    expect(store.getState().selection).toMatchObject({ kind: 'flow', focus: DB });
  });
});

describe('reachPeers', () => {
  it('counts every path as allowed when the network plugin enforces no policy', () => {
    const store = createEditorStore({ doc: drawThreeTier() });
    const inbound = pathsOfNode(store.getState(), DB).inbound;
    const enforced = reachPeers(inbound, 'from', true);
    const open = reachPeers(inbound, 'from', false);
    expect(enforced.allowed.map((p) => p.label)).toEqual(['prod/api']);
    expect(open.allowed).toHaveLength(open.of);
    expect(open.of).toBeGreaterThan(1);
  });
});
