import { describe, expect, it } from 'vitest';
import { EVERY_PORT, pathStatus, pathsOf } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { selectReachMatrix } from './matrixSelectors';
import { nodeIdOfEnd } from '../ids';
import { reachCell } from './reachCell';
import type { PortVerdict } from './reachCell';
import type { ReachMatrix } from './reachMatrix';
import { selectIndex } from './selectors';

function scenario(name: string): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

function at(m: ReachMatrix, label: string): number {
  const i = m.nodes.findIndex((n) => n.label === label);
  if (i < 0) throw new Error(`no node ${label}`);
  return i;
}

function cellOf(m: ReachMatrix, from: string, to: string, filter = null) {
  return reachCell(m, at(m, from), at(m, to), filter);
}

describe('when the database admits only the api and the backup server', () => {
  const store = createEditorStore({ doc: scenario('three-tier/backup-server') });
  const m = selectReachMatrix(store.getState());

  it('has a row and a column per workload, grouped by namespace, then the external endpoint', () => {
    expect(m.nodes.map((n) => n.label)).toEqual([
      'prod/web',
      'prod/api',
      'prod/db',
      'dev/api',
      'test/api',
      'backup server',
    ]);
  });

  it('says no port of db is open to web', () => {
    expect(cellOf(m, 'prod/web', 'prod/db')).toEqual({
      state: 'none',
      ports: [{ port: 3306, protocol: 'TCP', allowed: false }],
    });
  });

  it('says every port of db is open to prod api, and to the backup server', () => {
    expect(cellOf(m, 'prod/api', 'prod/db').state).toBe('all');
    expect(cellOf(m, 'backup server', 'prod/db').state).toBe('all');
  });

  it('checks a connection to the backup server on the ports of the rules that reach it', () => {
    expect(cellOf(m, 'prod/db', 'backup server')).toEqual({
      state: 'all',
      ports: [{ port: 80, protocol: 'TCP', allowed: true }],
    });
    expect(m.nodes[at(m, 'backup server')]?.ports).toEqual([{ port: 80, protocol: 'TCP' }]);
  });

  it('checks nothing between a workload and itself', () => {
    expect(cellOf(m, 'prod/db', 'prod/db')).toEqual({ state: 'unchecked', why: 'self' });
  });

  it('offers every port some destination is checked on as a filter', () => {
    expect(m.ports).toEqual([
      { port: 80, protocol: 'TCP' },
      { port: 3306, protocol: 'TCP' },
      { port: 5000, protocol: 'TCP' },
    ]);
  });

  it('with a port filter, checks only that port, and nothing where the destination lacks it', () => {
    const web = { port: 80, protocol: 'TCP' } as const;
    expect(reachCell(m, at(m, 'prod/api'), at(m, 'prod/web'), web)).toEqual({
      state: 'all',
      ports: [{ ...web, allowed: true }],
    });
    expect(reachCell(m, at(m, 'prod/api'), at(m, 'prod/db'), web)).toEqual({
      state: 'unchecked',
      why: 'noPorts',
    });
  });

  it('is computed once per document', () => {
    expect(selectReachMatrix(store.getState())).toBe(m);
  });
});

describe('when the destination serves several ports and only some are allowed', () => {
  const base = scenario('three-tier/backup-server');
  const doc: Doc = {
    ...base,
    workloads: base.workloads.map((w) =>
      w.name === 'db' && w.namespace === 'prod'
        ? { ...w, ports: [...w.ports, { name: 'admin', containerPort: 33060, protocol: 'TCP' }] }
        : w,
    ),
  };
  const m = selectReachMatrix(createEditorStore({ doc }).getState());

  it('says some, and lists the verdict per port', () => {
    expect(cellOf(m, 'prod/api', 'prod/db')).toEqual({
      state: 'some',
      ports: [
        { port: 3306, protocol: 'TCP', allowed: true },
        { port: 33060, protocol: 'TCP', allowed: false },
      ],
    });
  });
});

describe('when two external endpoints are in the document', () => {
  const base = scenario('three-tier/open');
  const doc: Doc = {
    ...base,
    externals: [...base.externals, { name: 'dns', cidr: '8.8.8.8' }],
    policies: [],
  };
  const m = selectReachMatrix(createEditorStore({ doc }).getState());

  it('checks nothing between them: no NetworkPolicy governs it', () => {
    expect(cellOf(m, 'dns', 'backup server')).toEqual({ state: 'unchecked', why: 'outside' });
  });

  it('checks every port towards an endpoint no egress rule names a port for, as its path', () => {
    const cell = cellOf(m, 'prod/web', 'dns');
    expect(cell.state).toBe('all');
    expect(cell.state !== 'unchecked' && cell.anyPort).toEqual(EVERY_PORT);
  });
});

/** Every cell agrees with the paths the explanation is built from, per port and in sum. */
function expectCellsMatchPaths(doc: Doc) {
  const state = createEditorStore({ doc }).getState();
  const m = selectReachMatrix(state);
  const index = selectIndex(state);
  const position = new Map(m.nodes.map((n, i) => [n.id, i]));
  let checked = 0;
  for (const [from, node] of m.nodes.entries()) {
    const [namespace = '', ...name] = node.label.split('/');
    const end =
      node.kind === 'external'
        ? ({ kind: 'external', name: node.label } as const)
        : ({ kind: 'workload', namespace, name: name.join('/') } as const);
    const byDestination = new Map<number, PortVerdict[]>();
    for (const path of pathsOf(doc, index, end).outbound) {
      // Anywhere and an IP block's card are ends of paths, not columns of the matrix.
      if (path.to.kind === 'any' || path.to.kind === 'ipBlock') continue;
      const to = position.get(nodeIdOfEnd(path.to));
      if (to === undefined) throw new Error(`no column for ${nodeIdOfEnd(path.to)}`);
      const verdict = { port: path.port, protocol: path.protocol, allowed: path.allowed };
      checked += 1;
      if (path.allowedPorts !== undefined) {
        // A path on every port: the cell says the same ports get through.
        const state = { allowed: 'all', partial: 'some', blocked: 'none' }[pathStatus(path)];
        expect(reachCell(m, from, to, null)).toMatchObject({ state, anyPort: path.allowedPorts });
        continue;
      }
      byDestination.set(to, [...(byDestination.get(to) ?? []), verdict]);
      expect(reachCell(m, from, to, { port: path.port, protocol: path.protocol })).toEqual({
        state: path.allowed ? 'all' : 'none',
        ports: [verdict],
      });
    }
    for (const [to, ports] of byDestination) {
      expect(reachCell(m, from, to, null)).toMatchObject({ ports });
    }
  }
  return checked;
}

describe('when the matrix is compared with the paths of every node', () => {
  it('agrees on every scenario of the three-tier example', () => {
    for (const s of THREE_TIER_SCENARIOS) expect(expectCellsMatchPaths(s.doc)).toBeGreaterThan(0);
  });

  it('agrees on a generated cluster with named ports, ranges and ipBlocks', () => {
    const doc = generateCluster({ pods: 40, namespaces: 4, policies: 25, seed: 7 });
    expect(expectCellsMatchPaths(doc)).toBeGreaterThan(100);
  });
});

describe('when the document holds 250 workloads', () => {
  it('has a row per workload, each namespace in one block', () => {
    const doc = generateCluster({ pods: 250, namespaces: 10, policies: 60, seed: 3 });
    const m = selectReachMatrix(createEditorStore({ doc }).getState());
    expect(m.nodes).toHaveLength(250);
    const blocks = m.nodes
      .map((n) => n.label.split('/')[0])
      .filter((ns, i, all) => i === 0 || all[i - 1] !== ns);
    expect(blocks).toEqual(doc.namespaces.map((n) => n.name));
  });
});
