import { describe, expect, it } from 'vitest';
import type { VerdictChange } from '../engine';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, selectFlowGroups } from '../store';
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
