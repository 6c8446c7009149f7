/**
 * The pure adapter from derived flows to React Flow edges: one edge per pair
 * of nodes (`FlowGroup`), solid when allowed, red and dashed when blocked,
 * with the ports as its label and the reasons as its tooltip.
 */
import { MarkerType } from '@xyflow/react';
import type { FlowEnd, FlowStatus, Path, VerdictChange } from '../engine';
import { endLabel, portText, rulePortsText } from '../engine';
import type { EdgeGroup, FlowGroup, PathGroup } from '../store';
import { edgeGroupsOf, edgeIdOfEnds, statusOfAll } from '../store';
import type { FlowEdge, FlowEdgeData } from './reactFlowTypes';

export interface EdgesInput {
  readonly groups: readonly FlowGroup[];
  /** The focused node's other paths (no rule's line joins their nodes). */
  readonly pathGroups?: readonly PathGroup[];
  /** The lines the open lesson step names (drawn instead of a rule's line of the same pair). */
  readonly lessonGroups?: readonly PathGroup[];
  readonly selectedNodeId: string | null;
  readonly selectedEdgeId: string | null;
  /** Connections the last edit flipped: their lines are highlighted for a moment. */
  readonly changes?: readonly VerdictChange[];
}

const COLORS: Readonly<Record<FlowStatus, string>> = {
  allowed: '#2f7d4f',
  blocked: '#d13a3a',
  partial: '#c26a00',
};

type Line = Pick<EdgeGroup<unknown>, 'id' | 'source' | 'target'> & {
  readonly status: FlowStatus;
};

/** How one line looks: its data, and the arrow's size and stacking. */
interface LineLook extends Omit<FlowEdgeData, 'status'> {
  readonly ariaLabel: string;
  readonly arrow: number;
  readonly zIndex: number;
  readonly selected?: boolean;
}

function lineEdge(line: Line, look: LineLook): FlowEdge {
  const { ariaLabel, arrow, zIndex, selected, ...data } = look;
  const { id, source, target, status } = line;
  const color = COLORS[status];
  return {
    id,
    type: 'flow',
    source,
    target,
    ...(selected === undefined ? {} : { selected }),
    ariaLabel,
    markerEnd: { type: MarkerType.ArrowClosed, color, width: arrow, height: arrow },
    zIndex,
    data: { status, ...data },
  };
}

/** The ends of a line as a sentence reads them, from its first flow or path. */
function endsOf(line: Line, first: { from: FlowEnd; to: FlowEnd } | undefined) {
  return {
    from: first === undefined ? line.source : endLabel(first.from),
    to: first === undefined ? line.target : endLabel(first.to),
  };
}

function statusWord(status: FlowStatus): string {
  return status === 'partial' ? 'partly blocked' : status;
}

/** Lines for flipped connections that no other line draws, by pair of nodes. */
function changeEdges(changes: readonly VerdictChange[], drawn: ReadonlySet<string>): FlowEdge[] {
  return edgeGroupsOf(changes, drawn).map((group): FlowEdge => {
    const list = group.items;
    const allowed = list.every((c) => c.after);
    const status = statusOfAll(list.map((c) => (c.after ? 'allowed' : 'blocked')));
    const ports = list.map((c) => portText(c)).join(', ');
    const line = { ...group, status };
    const { from, to } = endsOf(line, list[0]);
    return lineEdge(line, {
      ariaLabel: `Changed: ${from} to ${to} on ${ports} is now ${status}`,
      arrow: 16,
      zIndex: 3,
      from,
      to,
      ports: `now ${allowed ? 'allowed' : 'blocked'}: ${ports}`,
      reason: list.map((c) => c.reason).join('\n'),
      emphasis: true,
      path: false,
      changed: true,
    });
  });
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * A path of the focused node: thin, dotted, its label shown only while picked.
 * A line the lesson step names (`named`) is drawn like a rule's line instead,
 * labelled with its ports.
 */
function pathEdge(group: PathGroup, selectedEdgeId: string | null, named = false): FlowEdge {
  const { from, to } = endsOf(group, group.paths[0]);
  // A line the step names that is only partly blocked says which ports are.
  const mark = (p: Path) => (named && group.status === 'partial' && !p.allowed ? '⊘ ' : '');
  const ports = unique(group.paths.map((p) => `${mark(p)}${portText(p)}`)).join(', ');
  const reason = unique(group.paths.map((p) => `${portText(p)}: ${p.reason}`)).join('\n');
  return lineEdge(group, {
    selected: group.id === selectedEdgeId,
    ariaLabel: `${named ? 'Connection' : 'Path'} ${from} to ${to} on ${ports}: ${statusWord(group.status)}`,
    arrow: 16,
    zIndex: 2,
    from,
    to,
    ports,
    reason,
    emphasis: false,
    path: !named,
    changed: false,
  });
}

export function toFlowEdges(input: EdgesInput): FlowEdge[] {
  const { groups, selectedNodeId, selectedEdgeId } = input;
  const named = (input.lessonGroups ?? []).map((g) => pathEdge(g, selectedEdgeId, true));
  const namedIds = new Set(named.map((e) => e.id));
  const paths = [
    ...named,
    ...(input.pathGroups ?? [])
      .filter((g) => !namedIds.has(g.id))
      .map((g) => pathEdge(g, selectedEdgeId)),
  ];
  const ruled = groups.filter((g) => !namedIds.has(g.id));
  const ids = new Set([...ruled, ...paths].map((g) => g.id));
  const changes = input.changes ?? [];
  const changed = new Set<string>(changes.map((c) => edgeIdOfEnds(c.from, c.to)));
  const flows = ruled.map((group): FlowEdge => {
    const { from, to } = endsOf(group, group.flows[0]);
    const ports = unique(group.flows.flatMap((f) => rulePortsText(f.ports, 'short'))).join(', ');
    const touchesSelection = selectedNodeId === group.source || selectedNodeId === group.target;
    return lineEdge(group, {
      selected: group.id === selectedEdgeId,
      ariaLabel: `Flow ${from} to ${to} on ${ports}: ${statusWord(group.status)}`,
      arrow: 18,
      zIndex: touchesSelection || group.id === selectedEdgeId ? 2 : 1,
      from,
      to,
      ports,
      reason: unique(group.flows.map((f) => f.reason)).join('\n'),
      emphasis: touchesSelection,
      path: false,
      changed: changed.has(group.id),
    });
  });
  const marked = paths.map((e) =>
    changed.has(e.id) && e.data !== undefined ? { ...e, data: { ...e.data, changed: true } } : e,
  );
  return [...flows, ...marked, ...changeEdges(changes, ids)];
}
