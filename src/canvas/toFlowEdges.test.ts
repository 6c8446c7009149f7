import { describe, expect, it } from 'vitest';
import type { VerdictChange } from '../engine';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, selectFlowGroups, selectPathGroups } from '../store';
import { toFlowEdges } from './toFlowEdges';

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
