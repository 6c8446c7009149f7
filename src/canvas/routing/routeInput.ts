/**
 * What the router needs from the React Flow nodes and edges: each node's box
 * in flow coordinates (a workload's position is relative to its namespace
 * box), and each line's ends, shift and label; plus a key that changes only
 * when one of these does (a selection does not re-route).
 */
import type { CanvasNode, FlowEdge, FlowEdgeData } from '../reactFlowTypes';
import { SUMMARY_ARROW_WIDTH } from '../edges/arrowMarkers';
import type { RouteEdge, RouteNode } from './edgeRoutes';
import { labelPicked, labelTurnOf, lineFaint } from './labelOrder';
import { nameBandOf } from './labelPlace';
import type { LitLine } from './labelOrder';

export interface RouteInput {
  readonly nodes: readonly RouteNode[];
  readonly edges: readonly RouteEdge[];
  readonly key: string;
}

const MARK = { allowed: '', blocked: '⊘ ', partial: '◐ ' } as const;

const UNENFORCED = { blocked: 'blocked if enforced', partial: 'partly blocked if enforced' };

/**
 * The text a line's label shows: its ports, marked when blocked or partly blocked (a
 * compared line's ports carry their own `+` and `−` marks); a line that gets through only
 * because the policies are not enforced says what they would do (`TCP 3306 · blocked if
 * enforced`).
 */
export function labelTextOf(data: FlowEdgeData): string {
  if (data.compare !== undefined) return data.ports;
  const text = `${MARK[data.status]}${data.ports}`;
  return data.unenforced === undefined ? text : `${text} · ${UNENFORCED[data.unenforced]}`;
}

/**
 * The shorter text of a line whose long label finds no room, or undefined when it has no
 * other: its first port and how many more (`TCP 80 and 3 more`); a line that gets through
 * only because the policies are not enforced keeps the mark of what they would do (`⊘ TCP
 * 3306`, drawn in the unenforced style). The whole text is its tooltip.
 */
export function shortLabelTextOf(data: FlowEdgeData): string | undefined {
  if (data.compare !== undefined) return undefined;
  if (data.unenforced === undefined && data.portsShort === undefined) return undefined;
  return `${MARK[data.unenforced ?? data.status]}${data.portsShort ?? data.ports}`;
}

/**
 * How far round the picked line's label other labels keep off: its halo (3 px,
 * `.nc-edge-label.is-picked`) and as much again, so that it reads apart from them (held-200's
 * picked "TCP 6379" seemed to touch "all ports" 4 px away).
 */
export const PICKED_HALO = 6;

/**
 * How far each line of a two-way pair (A to B and B to A) is drawn off their
 * shared route: two lanes 36 pixels apart, wider than an emphasised arrowhead
 * (about 25 pixels), so the two directions never read as one two-headed arrow.
 */
export const PAIR_OFFSET = 18;

/**
 * No line to route: the nodes are not read (the task in which Expand all's layout lands holds the
 * 1,066 opened cards and none of their lines, which come a task later: building the cards' grid
 * and key there was a seventh of that task, for no route).
 */
const NO_LINES: RouteInput = { nodes: [], edges: [], key: 'no lines' };

/**
 * `labelScale`: how much larger than 11 px the labels are drawn (presentation
 * mode); `headerHeight`: how tall an open namespace box's header is drawn, in
 * flow pixels (labels keep off it); `pickedLabelScale`: the picked line's, when
 * it is drawn larger than the others (zoomed out); `lit`: whether a focus lights
 * a line, or null when no focus dims the canvas (its lines' labels go first).
 */
export function routeInputOf(
  flowNodes: readonly CanvasNode[],
  flowEdges: readonly FlowEdge[],
  labelScale = 1,
  headerHeight = 0,
  pickedLabelScale = labelScale,
  lit: LitLine | null = null,
): RouteInput {
  if (flowEdges.length === 0) return NO_LINES;
  const origin = new Map<string, { x: number; y: number }>();
  const nodes: RouteNode[] = [];
  for (const n of flowNodes) {
    const parent = n.parentId === undefined ? undefined : origin.get(n.parentId);
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    origin.set(n.id, { x, y });
    const width = n.width ?? n.measured?.width ?? 0;
    const height = n.height ?? n.measured?.height ?? 0;
    // A collapsed namespace is a card: lines go around it, labels stay off it. An open box, and
    // the frame of the group outside the cluster, hold cards: lines go in and out.
    const card =
      n.type === 'namespace'
        ? n.data.collapsed !== undefined
        : n.type !== 'outside' || n.data.collapsed === true;
    const rect = { x, y, width, height };
    const header =
      card || headerHeight <= 0
        ? undefined
        : { x, y, width, height: Math.min(height, headerHeight) };
    // A workload's name, or an endpoint's: labels over the cards keep off it (`nameBandOf`).
    const name = card && 'name' in n.data && typeof n.data.name === 'string' ? n.data.name : null;
    nodes.push({
      id: n.id,
      rect,
      card,
      ...(header === undefined ? {} : { header }),
      ...(name === null ? {} : { nameBand: nameBandOf(name, height) }),
    });
  }
  const pairs = new Set(flowEdges.map((e) => `${e.source}>${e.target}`));
  const edges = flowEdges.map((e): RouteEdge => {
    const shortLabel = e.data === undefined ? undefined : shortLabelTextOf(e.data);
    const scale = e.selected === true ? pickedLabelScale : labelScale;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      offset: e.source !== e.target && pairs.has(`${e.target}>${e.source}`) ? PAIR_OFFSET : 0,
      label: e.data === undefined ? null : labelTextOf(e.data),
      ...(shortLabel === undefined ? {} : { shortLabel }),
      labelScale: scale,
      ...(e.selected === true ? { halo: PICKED_HALO } : {}),
      turn: labelTurnOf(e, lit),
      ...(lineFaint(e, lit) ? { faint: true } : {}),
      ...(e.data?.summary === true ? { arrow: SUMMARY_ARROW_WIDTH } : {}),
      ...(labelPicked(e, lit) ? { picked: true } : {}),
    };
  });
  const key = [
    ...nodes.map(
      (n) =>
        `${n.id}:${String(n.rect.x)},${String(n.rect.y)},${String(n.rect.width)},${String(n.rect.height)},${String(n.card)}`,
    ),
    ...edges.map(
      (e) =>
        `${e.id}:${e.source}>${e.target}:${String(e.offset)}:${e.label ?? ''}:${String(e.turn)}:${String(e.faint)}:${String(e.labelScale)}:${String(e.arrow)}:${String(e.picked)}:${String(e.halo)}`,
    ),
    `labels×${String(labelScale)}`,
    `header:${String(headerHeight)}`,
  ].join('|');
  return { nodes, edges, key };
}
