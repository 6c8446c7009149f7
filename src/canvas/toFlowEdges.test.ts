import { describe, expect, it } from 'vitest';
import type { VerdictChange } from '../engine';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import {
  createEditorStore,
  selectComparedLines,
  selectFlowGroups,
  selectPathGroups,
} from '../store';
import { labelTextOf } from './routing/routeInput';
import { toFlowEdges } from './toFlowEdges';
import { ARROW_SIZES, arrowMarkerId } from './edges/arrowMarkers';

function groupsOf(name: string) {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === name)!.doc;
  return selectFlowGroups(createEditorStore({ doc }).getState());
}

describe('when db-policy admits only prod api pods', () => {
  const edges = toFlowEdges({
    groups: groupsOf('three-tier/db-policy'),
    selectedNodeId: 'workload:prod/db',
    selectedEdgeId: null,
  });

  it('draws one line per pair of nodes the rule joins (its own namespace only), with its ports', () => {
    expect(edges.map((e) => [e.source, e.target, e.data?.ports])).toEqual([
      ['workload:prod/api', 'workload:prod/db', 'TCP 3306'],
    ]);
  });

  it('names the line for assistive technology, and emphasises those of the selected node', () => {
    expect(edges[0]?.ariaLabel).toBe('Flow prod/api to prod/db on TCP 3306: allowed');
    expect(edges.every((e) => e.data?.emphasis)).toBe(true);
  });
});

describe('when the last edit flipped a connection no line draws', () => {
  it('adds a line for it, marked as changed', () => {
    const change: VerdictChange = {
      id: 'prod/web>prod/db TCP/3306',
      from: { kind: 'workload', namespace: 'prod', name: 'web' },
      to: { kind: 'workload', namespace: 'prod', name: 'db' },
      port: 3306,
      protocol: 'TCP',
      before: true,
      after: false,
      reason: 'blocked: …',
    };
    const edges = toFlowEdges({
      groups: [],
      selectedNodeId: null,
      selectedEdgeId: null,
      changes: [change],
    });
    expect(edges).toHaveLength(1);
    expect(edges[0]?.data).toMatchObject({
      status: 'blocked',
      ports: 'now blocked: TCP 3306',
      changed: true,
    });
    // Emphasised (as a lesson step's change is), not picked: its label is placed as any other's.
    expect(edges[0]?.data?.emphasis).toBe(true);
    expect(edges[0]?.data?.picked).toBeUndefined();
  });
});

describe('the arrowhead of every kind of line', () => {
  // Their colour is the line's, from the theme: e2e `theme.spec.ts`.
  it('is one of those drawn once for the canvas, named by its status and size', () => {
    const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
    const store = createEditorStore({ doc });
    store.getState().select({ kind: 'node', id: 'workload:prod/db' });
    const edges = toFlowEdges({
      groups: selectFlowGroups(store.getState()),
      pathGroups: selectPathGroups(store.getState()),
      selectedNodeId: 'workload:prod/db',
      selectedEdgeId: null,
    });
    const drawn = new Set(
      (['allowed', 'blocked', 'partial'] as const).flatMap((status) =>
        ARROW_SIZES.map((size) => arrowMarkerId(status, size)),
      ),
    );
    expect(edges.length).toBeGreaterThan(1);
    for (const edge of edges) {
      expect(edge.markerEnd).toBe(arrowMarkerId(edge.data!.status, edge.data!.path ? 16 : 18));
      expect(drawn.has(edge.markerEnd as string)).toBe(true);
    }
  });
});

describe('when the lesson step names a connection no rule draws', () => {
  const store = createEditorStore({
    doc: THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc,
  });
  store.getState().select({ kind: 'node', id: 'workload:prod/web' });
  const pathGroups = selectPathGroups(store.getState());
  const named = pathGroups.filter((g) => g.id === 'workload:prod/web>workload:prod/api');
  const edges = toFlowEdges({
    groups: [],
    pathGroups,
    lessonGroups: named,
    selectedNodeId: null,
    selectedEdgeId: null,
  });

  it('draws it once, like a rule line, labelled with its port', () => {
    const lines = edges.filter((e) => e.id === 'workload:prod/web>workload:prod/api');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.data).toMatchObject({ path: false, ports: 'TCP 5000' });
    expect(lines[0]?.ariaLabel).toBe('Connection prod/web to prod/api on TCP 5000: allowed');
  });

  it('still draws the focused node’s other paths as paths', () => {
    const others = edges.filter((e) => e.id !== 'workload:prod/web>workload:prod/api');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((e) => e.data?.path === true)).toBe(true);
  });
});

describe('while the design is compared with one where db-policy was not there', () => {
  const dbPolicy = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
  const store = createEditorStore({ doc: dbPolicy });
  store.getState().compareWith({ name: 'before.yaml', doc: { ...dbPolicy, policies: [] } });
  const compared = selectComparedLines(store.getState());
  const edges = toFlowEdges({
    groups: selectFlowGroups(store.getState()),
    selectedNodeId: null,
    selectedEdgeId: 'workload:prod/web>workload:prod/db',
    compared,
  });
  const byId = new Map(edges.map((e) => [e.id, e]));

  it('draws each changed pair once, marked newly blocked, its ports marked −', () => {
    const web = byId.get('workload:prod/web>workload:prod/db');
    expect(web?.data).toMatchObject({
      compare: 'blocked',
      status: 'blocked',
      ports: '− TCP 80, TCP 3306, TCP 5000',
    });
    expect(web?.selected).toBe(true);
    expect(web?.ariaLabel).toBe(
      'Compared: prod/web to prod/db, newly blocked TCP 80, TCP 3306, TCP 5000',
    );
    expect(web?.data?.reason).toContain(
      'TCP 3306 newly blocked: prod/db-policy now isolates for ingress',
    );
    // No pair is drawn twice, and a workload's connection to itself has no line.
    expect(edges.filter((e) => e.id === web?.id)).toHaveLength(1);
    expect(edges.some((e) => e.source === e.target)).toBe(false);
  });

  it('draws a changed pair instead of its own line', () => {
    const api = byId.get('workload:prod/api>workload:prod/db');
    expect(api?.data).toMatchObject({ compare: 'blocked', ports: '− TCP 80, TCP 5000' });
  });

  it('fades the lines it leaves alone and keeps them', () => {
    const same = createEditorStore({ doc: dbPolicy });
    same.getState().compareWith({ name: 'the last saved design', doc: dbPolicy });
    const kept = toFlowEdges({
      groups: selectFlowGroups(same.getState()),
      selectedNodeId: null,
      selectedEdgeId: null,
      compared: selectComparedLines(same.getState()),
    });
    expect(kept.map((e) => [e.id, e.data?.faded, e.data?.compare])).toEqual([
      ['workload:prod/api>workload:prod/db', true, undefined],
    ]);
  });

  it('draws as before once it is closed', () => {
    const plain = toFlowEdges({
      groups: selectFlowGroups(store.getState()),
      selectedNodeId: null,
      selectedEdgeId: null,
      compared: null,
    });
    expect(plain.every((e) => e.data?.compare === undefined && e.data?.faded === undefined)).toBe(
      true,
    );
  });
});

describe('when the network plugin does not enforce the policies', () => {
  it('draws a line the policies would block as allowed, its label saying what they would do', () => {
    const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
    const store = createEditorStore({ doc });
    store.getState().select({ kind: 'node', id: 'workload:prod/web' });
    store.getState().setNetworkPlugin('flannel');
    const state = store.getState();
    const edges = toFlowEdges({
      groups: selectFlowGroups(state),
      pathGroups: selectPathGroups(state),
      selectedNodeId: 'workload:prod/web',
      selectedEdgeId: null,
    });
    const webDb = edges.find((e) => e.id === 'workload:prod/web>workload:prod/db');
    expect(webDb?.data?.status).toBe('allowed');
    expect(webDb?.data === undefined ? '' : labelTextOf(webDb.data)).toBe(
      'TCP 3306 · blocked if enforced',
    );
    const apiDb = edges.find((e) => e.id === 'workload:prod/api>workload:prod/db');
    expect(apiDb?.data === undefined ? '' : labelTextOf(apiDb.data)).toBe('TCP 3306');
  });
});

describe('when a workload is picked, who can reach it is read first', () => {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
  const store = createEditorStore({ doc });
  store.getState().select({ kind: 'node', id: 'workload:prod/db' });
  const input = {
    groups: selectFlowGroups(store.getState()),
    pathGroups: selectPathGroups(store.getState()),
    selectedNodeId: 'workload:prod/db',
  };
  const edges = toFlowEdges({ ...input, selectedEdgeId: null });
  const blocked = edges.filter((e) => e.data?.status === 'blocked');
  const allowed = edges.filter((e) => e.data?.status === 'allowed');

  it('draws its blocked lines behind, faint and unlabelled, the allowed ones on top', () => {
    expect(blocked.length).toBeGreaterThan(0);
    expect(allowed.length).toBeGreaterThan(0);
    expect(blocked.every((e) => e.data?.faded === true && e.data.quiet === true)).toBe(true);
    expect(allowed.every((e) => e.data?.faded !== true)).toBe(true);
    const top = Math.max(...blocked.map((e) => e.zIndex ?? 0));
    expect(allowed.every((e) => (e.zIndex ?? 0) > top)).toBe(true);
  });

  it('draws a blocked line whole once it is itself picked, for its explanation', () => {
    const id = blocked[0]?.id ?? '';
    const picked = toFlowEdges({ ...input, selectedEdgeId: id }).find((e) => e.id === id);
    expect(picked?.data?.faded).toBeUndefined();
    expect(picked?.data?.reason).not.toBe('');
  });
});

describe('when the pick moves from one workload to another', () => {
  const groups = groupsOf('three-tier/db-from-any-api');
  const before = toFlowEdges({ groups, selectedNodeId: 'workload:dev/api', selectedEdgeId: null });
  const after = toFlowEdges({ groups, selectedNodeId: 'workload:test/api', selectedEdgeId: null });
  const touches = (e: { source: string; target: string }, id: string) =>
    e.source === id || e.target === id;

  it('keeps the object of every line whose look did not change, so none is drawn again', () => {
    const untouched = after.filter(
      (e) => !touches(e, 'workload:dev/api') && !touches(e, 'workload:test/api'),
    );
    expect(untouched.length).toBeGreaterThan(0);
    for (const e of untouched) expect(before.find((b) => b.id === e.id)).toBe(e);
  });

  it('draws the lines of the newly picked workload emphasised, and the others no longer', () => {
    for (const e of after) {
      expect(e.data?.emphasis).toBe(
        touches(e, 'workload:test/api') && e.data?.status !== 'blocked',
      );
    }
  });

  it('marks those lines as the pick’s, whose labels may lie over lines and cards', () => {
    for (const e of after) {
      const picked = touches(e, 'workload:test/api') && e.data?.status !== 'blocked';
      expect(e.data?.picked === true, e.id).toBe(picked);
    }
  });
});
