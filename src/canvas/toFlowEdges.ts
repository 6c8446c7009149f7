/**
 * The pure adapter from derived flows to React Flow edges: one edge per pair
 * of nodes (`FlowGroup`), solid when allowed, red and dashed when blocked,
 * with the ports as its label and the reasons as its tooltip.
 */
import { MarkerType } from '@xyflow/react';
import type { FlowStatus, VerdictChange } from '../engine';
import { endLabel, portText, rulePortsText } from '../engine';
import type { FlowGroup, PathGroup } from '../store';
import { edgeGroupsOf, edgeIdOf, edgeIdOfEnds, statusOfAll } from '../store';
import type { FlowEdge } from './reactFlowTypes';

export interface EdgesInput {
  readonly groups: readonly FlowGroup[];
  /** The focused node's other paths (no rule's line joins their nodes). */
  readonly pathGroups?: readonly PathGroup[];
  readonly selectedNodeId: string | null;
  readonly selectedEdgeId: string | null;
  /** Connections the last edit flipped: their lines are highlighted for a moment. */
  readonly changes?: readonly VerdictChange[];
}

/** Lines for flipped connections that no other line draws, by pair of nodes. */
function changeEdges(changes: readonly VerdictChange[], drawn: ReadonlySet<string>): FlowEdge[] {
  return edgeGroupsOf(changes, drawn).map(({ id, source, target, items: list }): FlowEdge => {
    const first = list[0] as VerdictChange;
    const allowed = list.every((c) => c.after);
    const status = statusOfAll(list.map((c) => (c.after ? 'allowed' : 'blocked')));
    const ports = list.map((c) => portText(c)).join(', ');
    const from = endLabel(first.from);
    const to = endLabel(first.to);
    return {
      id,
      type: 'flow',
      source,
      target,
      ariaLabel: `Changed: ${from} to ${to} on ${ports} is now ${status}`,
      markerEnd: { type: MarkerType.ArrowClosed, color: COLORS[status], width: 16, height: 16 },
      zIndex: 3,
      data: {
        status,
        from,
        to,
        ports: `now ${allowed ? 'allowed' : 'blocked'}: ${ports}`,
        reason: list.map((c) => c.reason).join('\n'),
        emphasis: true,
        labelShift: 0,
        path: false,
        changed: true,
      },
    };
  });
}

const COLORS: Readonly<Record<FlowStatus, string>> = {
  allowed: '#2f7d4f',
  blocked: '#d13a3a',
  partial: '#c26a00',
};

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function pathEdge(group: PathGroup, selectedEdgeId: string | null): FlowEdge {
  const first = group.paths[0];
  const from = first === undefined ? group.source : endLabel(first.from);
  const to = first === undefined ? group.target : endLabel(first.to);
  const ports = unique(group.paths.map((p) => portText(p))).join(', ');
  const reason = unique(group.paths.map((p) => `${portText(p)}: ${p.reason}`)).join('\n');
  const word = group.status === 'partial' ? 'partly blocked' : group.status;
  return {
    id: group.id,
    type: 'flow',
    source: group.source,
    target: group.target,
    selected: group.id === selectedEdgeId,
    ariaLabel: `Path ${from} to ${to} on ${ports}: ${word}`,
    markerEnd: { type: MarkerType.ArrowClosed, color: COLORS[group.status], width: 16, height: 16 },
    zIndex: 2,
    data: {
      status: group.status,
      from,
      to,
      ports,
      reason,
      emphasis: false,
      labelShift: 0,
      path: true,
      changed: false,
    },
  };
}

export function toFlowEdges(input: EdgesInput): FlowEdge[] {
  const { groups, selectedNodeId, selectedEdgeId } = input;
  const paths = (input.pathGroups ?? []).map((g) => pathEdge(g, selectedEdgeId));
  const ids = new Set([...groups, ...paths].map((g) => g.id));
  const changes = input.changes ?? [];
  const changed = new Set<string>(changes.map((c) => edgeIdOfEnds(c.from, c.to)));
  const flows = groups.map((group): FlowEdge => {
    const twoWay = ids.has(edgeIdOf(group.target, group.source));
    const first = group.flows[0];
    const from = first === undefined ? group.source : endLabel(first.from);
    const to = first === undefined ? group.target : endLabel(first.to);
    const ports = unique(group.flows.flatMap((f) => rulePortsText(f.ports, 'short'))).join(', ');
    const reason = unique(group.flows.map((f) => f.reason)).join('\n');
    const touchesSelection = selectedNodeId === group.source || selectedNodeId === group.target;
    const word = group.status === 'partial' ? 'partly blocked' : group.status;
    return {
      id: group.id,
      type: 'flow',
      source: group.source,
      target: group.target,
      selected: group.id === selectedEdgeId,
      ariaLabel: `Flow ${from} to ${to} on ${ports}: ${word}`,
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: COLORS[group.status],
        width: 18,
        height: 18,
      },
      zIndex: touchesSelection || group.id === selectedEdgeId ? 2 : 1,
      data: {
        status: group.status,
        from,
        to,
        ports,
        reason,
        emphasis: touchesSelection,
        labelShift: twoWay ? (group.source < group.target ? -13 : 13) : 0,
        path: false,
        changed: changed.has(group.id),
      },
    };
  });
  const marked = paths.map((e) =>
    changed.has(e.id) && e.data !== undefined ? { ...e, data: { ...e.data, changed: true } } : e,
  );
  return [...flows, ...marked, ...changeEdges(changes, ids)];
}
