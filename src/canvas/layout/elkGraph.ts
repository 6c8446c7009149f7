/**
 * What the automatic layout is asked to place, and where its answer puts
 * things: the pure half of the hand-off to ELK (`elkLayout.ts` runs it).
 * Namespaces are compound nodes holding their workloads, each laid out on its
 * own (layered, left to right, its own lines as edges, no column taller than
 * a wide box allows: `layerBound`; the cards no line inside it joins in rows
 * beside and below: `loneCards.ts`);
 * the boxes, workloads of no known namespace, the end "anywhere" and, after
 * them, the group outside the cluster (IP blocks and external endpoints, in
 * rows: `outsideGroup.ts`) are then packed at the top level in rows to the
 * screen's shape, not by ELK (`repackTop`). One layered pass over the whole hierarchy
 * (INCLUDE_CHILDREN) was tried: on 201 workloads in 11 namespaces, almost every line crosses
 * namespaces, and it took 12 s to draw a picture twice as tall as wide.
 */
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';
import type { FlowEnd } from '../../engine';
import type { FlowGroup, LayoutRequest, Position, Positions } from '../../store';
import {
  OUTSIDE_GROUP_ID,
  isOutsideCardId,
  nodeIdOf,
  nodeIdOfEnd,
  nodeRefParse,
} from '../../store';
import { emptyNamespaceNote } from '../emptyNamespaceNote';
import { policiesPerNamespace } from '../policiesPerNamespace';
import { virtualEndSize, virtualEndText } from '../virtualEndCard';
import { workloadCardSize, workloadKindText } from '../workloadCard';
import { serviceChipsOf } from '../serviceChips';
import { edgesOutsideCycles } from './linesInCycles';
import { BOX_ASPECT, CARD_GAP, LAYER_GAP, loneCardsOf } from './loneCards';
import {
  EXTERNAL_SIZE,
  NAMESPACE_COLLAPSED,
  NAMESPACE_INSET,
  NAMESPACE_MIN,
  NAMESPACE_NOTE_MIN,
  WORKLOAD_SIZE,
  namespaceFit,
  namespaceSize,
} from '../layoutGeometry';
import type { Seat, Size } from '../layoutGeometry';
import { OUTSIDE_MIN } from '../outsideGroup';

export interface LayoutInput {
  readonly doc: Doc;
  readonly groups: readonly FlowGroup[];
  /** Ends of broad rules drawn as nodes of their own. */
  readonly virtualEnds: readonly FlowEnd[];
  /** Namespaces drawn collapsed: small boxes, their workloads left out. */
  readonly collapsed?: ReadonlySet<string>;
  /**
   * Positions to keep inside the boxes: a namespace whose workloads all have
   * one is a box of the size that holds them, its inside left as it is.
   */
  readonly kept?: Positions;
}

/**
 * The top level is left where it is: ELK lays out the inside of each box, and the boxes are
 * packed afterwards to the screen's shape (`repackTop`, `repackTopAround`), which replaces
 * whatever places ELK gave them. ELK's own packing (rectpacking, elkjs 0.12.1) was asked for
 * here and its answer thrown away; on some box sizes and aims it never answers: the 52 boxes
 * of the 1,000-workload design at 1440×900 (aim 1.56; also 1.20 and 1.50) kept Expand all
 * "Opening…" for good, while at 1.81 (1920×1080) it answered.
 */
const ROOT_OPTIONS: LayoutOptions = { 'elk.algorithm': 'fixed' };

const NAMESPACE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.aspectRatio': String(BOX_ASPECT),
  'elk.spacing.nodeNode': String(CARD_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.padding': `[top=${String(NAMESPACE_INSET.top)},left=${String(NAMESPACE_INSET.side)},bottom=${String(NAMESPACE_INSET.bottom)},right=${String(NAMESPACE_INSET.side)}]`,
};

/**
 * How many workloads one column of a box may hold: about the square root of
 * what it holds, scaled so that columns of cards spaced as ELK spaces them
 * make a box about 1.6 times as wide as tall. Without a bound, a namespace
 * where many clients call one server (common in real clusters) put every
 * client in one column: 18 cards over 2,400 px.
 */
export function layerBound(workloads: number): number {
  const column = WORKLOAD_SIZE.width + LAYER_GAP;
  const row = WORKLOAD_SIZE.height + CARD_GAP;
  return Math.max(1, Math.ceil(Math.sqrt((workloads * column) / (BOX_ASPECT * row))));
}

/**
 * A box's layered layout: its columns bounded (`layerBound`; Coffman–Graham
 * layering, which keeps each line going left to right), cards placed by
 * network simplex (ELK's default placement spreads a column out to line it
 * up with the lines passing through: 18 clients of one server made a box
 * 1,750 px tall; this one 1,250), and at least as wide as its name needs
 * (`namespaceFit`).
 */
function namespaceOptions(name: string, workloads: number): LayoutOptions {
  const options: LayoutOptions = {
    ...NAMESPACE_OPTIONS,
    'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
    'elk.layered.layering.coffmanGraham.layerBound': String(layerBound(workloads)),
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  };
  const { width } = namespaceFit(name, NAMESPACE_MIN, true);
  if (width === NAMESPACE_MIN.width) return options;
  return {
    ...options,
    'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
    'elk.nodeSize.minimum': `(${String(width)},${String(NAMESPACE_MIN.height)})`,
  };
}

function leaf(id: string, size: Size): ElkNode {
  return { id, width: size.width, height: size.height };
}

/** The graph to lay out: every node of the canvas, with its size. */
export function elkGraphOf(input: LayoutInput): ElkNode {
  const { doc } = input;
  const collapsed = input.collapsed ?? new Set<string>();
  const namespaces = new Set(doc.namespaces.map((n) => n.name));
  const inside = new Map<string, ElkNode[]>();
  const top: ElkNode[] = [];
  const services = serviceChipsOf(doc);
  for (const w of doc.workloads) {
    if (collapsed.has(w.namespace)) continue;
    const size = workloadCardSize({
      name: w.name,
      kind: workloadKindText(w),
      services: services.has(podKeyOf(w.namespace, w.name)),
    });
    const node = leaf(nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }), size);
    if (namespaces.has(w.namespace))
      inside.set(w.namespace, [...(inside.get(w.namespace) ?? []), node]);
    else top.push(node);
  }
  const policiesIn = policiesPerNamespace(doc);
  const boxes = doc.namespaces.map((ns): ElkNode => {
    const id = nodeIdOf({ kind: 'namespace', name: ns.name });
    if (collapsed.has(ns.name)) return leaf(id, namespaceFit(ns.name, NAMESPACE_COLLAPSED, false));
    const children = inside.get(ns.name) ?? [];
    const kept = input.kept === undefined ? null : keptSize(children, input.kept);
    if (kept !== null) return leaf(id, namespaceFit(ns.name, kept, true));
    if (children.length > 0) {
      const edges = edgesWithin(input.groups, new Set(children.map((c) => c.id)));
      const { linked } = loneCardsOf(children, edges);
      return {
        id,
        ...namespaceFit(ns.name, NAMESPACE_MIN, true),
        layoutOptions: namespaceOptions(ns.name, linked.length),
        children,
        edges,
      };
    }
    const note = emptyNamespaceNote(ns.name, policiesIn.get(ns.name) ?? 0);
    const minimum = note.command === null ? NAMESPACE_MIN : NAMESPACE_NOTE_MIN;
    return leaf(id, namespaceFit(ns.name, minimum, true));
  });
  const externals = doc.externals.map((e) =>
    leaf(nodeIdOf({ kind: 'external', name: e.name }), EXTERNAL_SIZE),
  );
  const virtuals = input.virtualEnds.map((end) =>
    leaf(nodeIdOfEnd(end), virtualEndSize(virtualEndText(end))),
  );
  const outside = [...virtuals, ...externals].filter((n) => isOutsideCardId(n.id));
  const anywhere = virtuals.filter((n) => !isOutsideCardId(n.id));
  // The cluster first; what lies outside it after, as one group (`outsideGroup.ts`): its cards
  // have no line among them, so they are laid out in rows (`loneCards.ts`).
  const group: ElkNode[] =
    outside.length === 0 ? [] : [{ id: OUTSIDE_GROUP_ID, ...OUTSIDE_MIN, children: outside }];
  const children = [...anywhere, ...boxes, ...top, ...group];
  return { id: 'root', layoutOptions: ROOT_OPTIONS, children };
}

/** The size of a box whose workloads all keep their positions; null if one has none. */
function keptSize(children: readonly ElkNode[], kept: Positions): Size | null {
  if (children.length === 0) return null;
  const seats: Seat[] = [];
  for (const c of children) {
    const p = kept[c.id];
    if (p === undefined) return null;
    seats.push({ ...p, height: c.height ?? WORKLOAD_SIZE.height });
  }
  return namespaceSize(seats);
}

/**
 * The lines between two of `ids` (a line to or from the namespace itself is not one), but those
 * among peers that reach each other (`edgesOutsideCycles`).
 */
function edgesWithin(groups: readonly FlowGroup[], ids: ReadonlySet<string>): ElkExtendedEdge[] {
  return edgesOutsideCycles(
    groups
      .filter((g) => g.source !== g.target && ids.has(g.source) && ids.has(g.target))
      .map((g) => ({ id: g.id, sources: [g.source], targets: [g.target] })),
  );
}

function idsOf(nodes: readonly ElkNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...idsOf(n.children ?? [])]);
}

/**
 * The nodes of `graph` the request places: every one (`all`); those without a
 * stored position (`unplaced`), none when each namespace, workload and endpoint
 * has one (a design saved as it was drawn: the ends of broad rules, Anywhere,
 * keep the column left of it where the canvas draws them, not a place among
 * boxes laid out for another layout); those and every top-level box (`boxes`,
 * and `room`, which keeps the boxes when they do not overlap: `boxesOverlap`).
 */
export function idsToPlace(
  graph: ElkNode,
  positions: Positions,
  scope: LayoutRequest['scope'],
): string[] {
  // The group outside the cluster is no node of its own: its cards are placed, each stored.
  const ids = idsOf(graph.children ?? []).filter((id) => id !== OUTSIDE_GROUP_ID);
  if (scope === 'all') return ids;
  const unplaced = ids.filter((id) => positions[id] === undefined);
  if (scope === 'unplaced') return unplaced.some((id) => nodeRefParse(id) !== null) ? unplaced : [];
  const top = (graph.children ?? []).flatMap((n) =>
    n.id === OUTSIDE_GROUP_ID ? (n.children ?? []).map((c) => c.id) : [n.id],
  );
  return [...new Set([...top, ...unplaced])];
}

/**
 * Where ELK put the nodes in `ids`, rounded: a workload relative to its
 * namespace box, like the positions the canvas stores; a card of the group
 * outside the cluster where it is drawn, on the canvas's top level. Nodes ELK
 * left unplaced keep what they had.
 */
export function positionsFromElk(laidOut: ElkNode, ids: readonly string[]): Positions {
  const wanted = new Set(ids);
  const placed: Record<string, Position> = {};
  const visit = (nodes: readonly ElkNode[], at: Position) => {
    for (const n of nodes) {
      if (wanted.has(n.id) && n.x !== undefined && n.y !== undefined) {
        placed[n.id] = { x: Math.round(at.x + n.x), y: Math.round(at.y + n.y) };
      }
      const inGroup = n.id === OUTSIDE_GROUP_ID;
      visit(n.children ?? [], inGroup ? { x: at.x + (n.x ?? 0), y: at.y + (n.y ?? 0) } : ORIGIN);
    }
  };
  visit(laidOut.children ?? [], ORIGIN);
  return placed;
}

const ORIGIN: Position = { x: 0, y: 0 };
