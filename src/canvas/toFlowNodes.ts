/**
 * The pure adapter from the document to React Flow nodes. Namespaces become
 * group nodes (React Flow sub-flows): each workload has `parentId` set to its
 * namespace and a position relative to it. Parents come before children, as
 * React Flow requires. Every node has a fixed size, given as `measured` too:
 * React Flow keeps handle positions only for nodes that carry their measure.
 */
import type { Doc, Labels, PodKey, Workload } from '../model';
import { NAMESPACE_NAME_LABEL, podKeyOf } from '../model';
import type { FlowEnd } from '../engine';
import { inferredPodsText, workloadPortsText } from '../engine';
import type { Isolation, Position, Positions } from '../store';
import { isOutsideCardId, nodeIdOf, nodeIdOfEnd } from '../store';
import type {
  CanvasNode,
  ExternalFlowNode,
  VirtualFlowNode,
  WorkloadFlowNode,
} from './reactFlowTypes';
import {
  EXTERNAL_SIZE,
  NAMESPACE_COLLAPSED,
  NAMESPACE_MIN,
  NAMESPACE_NOTE_MIN,
  WORKLOAD_SIZE,
  namespaceFit,
  namespaceSize,
  rowSlots,
  virtualSlot,
  workloadSlot,
} from './layoutGeometry';
import type { Seat, Size } from './layoutGeometry';
import { serviceChipsOf } from './serviceChips';
import { emptyNamespaceNote } from './emptyNamespaceNote';
import { policiesPerNamespace } from './policiesPerNamespace';
import { openTopSlots } from './freePlacement';
import { virtualEndSize, virtualEndText } from './virtualEndCard';
import { workloadCardSize, workloadKindText } from './workloadCard';
import { placedTopBoxes, workloadPlacesOf } from './freePlacementOfDoc';
import { cardShows } from './cardsKept';
import { outsideSlot } from './outsideGroup';
import type { CardMarks, CardsKept } from './cardsKept';

export interface NodesInput {
  readonly doc: Doc;
  readonly positions: Positions;
  readonly isolation: ReadonlyMap<PodKey, Isolation>;
  readonly highlighted: ReadonlySet<PodKey>;
  /** The id of the selected node, if any. */
  readonly selectedId: string | null;
  /** Ends of broad rules drawn as nodes of their own (anywhere, IP blocks); none by default. */
  readonly virtualEnds?: readonly FlowEnd[];
  /** Ids of the nodes the picked policy's rules name as peers; none by default. */
  readonly peers?: ReadonlySet<string>;
  /**
   * Collapsed namespaces: their workloads get no node (`collapseNodes` draws
   * one box instead), only a seat that sizes the box as when it is open.
   */
  readonly collapsed?: ReadonlySet<string>;
  /** The cards built last (`cardsKept.ts`): a card that shows the same is that card. */
  readonly cards?: CardsKept;
}

/** What a namespace box needs of its workloads: where they sit, and whether they are inferred. */
interface Seats {
  readonly positions: Seat[];
  inferred: boolean;
}

/**
 * Cards stack above lines (z 1 to 3) and their labels (z 4, see canvas.css);
 * namespace boxes (z 0) below all. The canvas takes these as they are
 * (`zIndexMode="manual"`), so lines never rise above cards.
 */
const CARD_Z = 5;

/** `{ peer: true }` for a peer of the picked policy, else nothing (the field stays absent). */
function peerMark(peers: ReadonlySet<string> | undefined, id: string): { peer?: true } {
  return peers?.has(id) === true ? { peer: true } : {};
}

function virtualNode(end: FlowEnd, position: Position, peer: { peer?: true }): VirtualFlowNode {
  const text = virtualEndText(end);
  const size = virtualEndSize(text);
  return {
    id: nodeIdOfEnd(end),
    type: 'virtual',
    position,
    width: size.width,
    height: size.height,
    measured: size,
    zIndex: CARD_Z,
    data: { ...text, ...peer },
  };
}

/**
 * The ends of broad rules: one without a place in a column left of everything (`virtualSlot`),
 * each at the slot of its rank whether or not the others have a place (one stored where it was
 * drawn keeps its slot), the cards outside the cluster after the others (Anywhere), clear of
 * them with their group's frame (`outsideSlot`).
 */
function virtualNodes(
  ends: readonly FlowEnd[],
  positions: Positions,
  peers: NodesInput['peers'],
): VirtualFlowNode[] {
  const ids = ends.map(nodeIdOfEnd);
  const sizes = ends.map((end) => virtualEndSize(virtualEndText(end)));
  const outside = ids.flatMap((id, i) => (isOutsideCardId(id) ? [i] : []));
  const column = ids.flatMap((id, i) => (isOutsideCardId(id) ? [] : [i]));
  const widest = Math.max(0, ...outside.map((i) => sizes[i]?.width ?? 0));
  const places = new Map<number, Position>();
  let taller = 0;
  [...column, ...outside].forEach((i, rank) => {
    places.set(
      i,
      rank < column.length
        ? virtualSlot(rank, taller)
        : outsideSlot(rank, column.length > 0, taller, widest),
    );
    taller += (sizes[i]?.height ?? EXTERNAL_SIZE.height) - EXTERNAL_SIZE.height;
  });
  return ends.map((end, i) => {
    const id = ids[i] ?? '';
    return virtualNode(end, positions[id] ?? places.get(i) ?? { x: 0, y: 0 }, peerMark(peers, id));
  });
}

function serviceData(chips: readonly string[] | undefined): { services?: readonly string[] } {
  return chips === undefined ? {} : { services: chips };
}

function labelList(labels: Labels, skip?: string): string[] {
  return Object.entries(labels)
    .filter(([k]) => k !== skip)
    .map(([k, v]) => `${k}=${v}`);
}

function workloadNode(w: Workload, id: string, size: Size, marks: CardMarks): WorkloadFlowNode {
  const { position, parentId, selected, ingressIsolated, egressIsolated, highlighted } = marks;
  return {
    id,
    type: 'workload',
    position,
    width: size.width,
    height: size.height,
    measured: size,
    zIndex: CARD_Z,
    selected,
    ...(parentId === undefined ? {} : { parentId }),
    data: {
      namespace: w.namespace,
      name: w.name,
      kind: w.kind,
      ...(w.replicas === undefined ? {} : { replicas: w.replicas }),
      labels: labelList(w.labels),
      ports: workloadPortsText(w),
      ...serviceData(marks.services),
      ingressIsolated,
      egressIsolated,
      highlighted,
      ...(marks.peer ? { peer: true } : {}),
      ...(w.inferred === undefined
        ? {}
        : {
            inferred: {
              text: inferredPodsText(w.inferred),
              short: inferredPodsText(w.inferred, true),
            },
          }),
    },
  };
}

export function toFlowNodes(input: NodesInput): CanvasNode[] {
  const { doc, positions, isolation, highlighted, selectedId } = input;
  const namespaceNames = new Set(doc.namespaces.map((n) => n.name));
  const children = new Map<string, WorkloadFlowNode[]>();
  const seats = new Map<string, Seats>();
  const orphans: WorkloadFlowNode[] = [];
  const places = workloadPlacesOf(doc, positions);
  const services = serviceChipsOf(doc);
  // A collapsed box stands for its workloads: it carries the picked policy's marks of theirs.
  const holdsSelected = new Set<string>();
  const holdsPeer = new Set<string>();
  for (const w of doc.workloads) {
    const id = nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name });
    const inBox = namespaceNames.has(w.namespace);
    const seat = seats.get(w.namespace) ?? { positions: [], inferred: false };
    if (inBox) seats.set(w.namespace, seat);
    const position = places.get(id) ?? workloadSlot(seat.positions.length);
    const key = podKeyOf(w.namespace, w.name);
    if (highlighted.has(key)) holdsSelected.add(w.namespace);
    if (input.peers?.has(id) === true) holdsPeer.add(w.namespace);
    const chips = services.get(key);
    const size = workloadCardSize({
      name: w.name,
      kind: workloadKindText(w),
      services: chips !== undefined,
    });
    seat.positions.push(size === WORKLOAD_SIZE ? position : { ...position, height: size.height });
    seat.inferred ||= seat.positions.length === 1 && w.inferred !== undefined;
    if (inBox && input.collapsed?.has(w.namespace) === true) continue;
    const iso = isolation.get(key);
    const marks: CardMarks = {
      position,
      parentId: inBox ? nodeIdOf({ kind: 'namespace', name: w.namespace }) : undefined,
      selected: id === selectedId,
      ingressIsolated: iso?.ingress ?? false,
      egressIsolated: iso?.egress ?? false,
      highlighted: highlighted.has(key),
      peer: input.peers?.has(id) === true,
      services: chips,
    };
    const kept = input.cards?.get(w);
    const node =
      kept !== undefined && cardShows(kept, marks) ? kept : workloadNode(w, id, size, marks);
    input.cards?.set(w, node);
    if (inBox) {
      const siblings = children.get(w.namespace) ?? [];
      siblings.push(node);
      children.set(w.namespace, siblings);
    } else {
      orphans.push(node);
    }
  }

  const policiesIn = policiesPerNamespace(doc);
  const boxes = doc.namespaces.map((ns) => {
    const inside = seats.get(ns.name)?.positions ?? [];
    const policies = policiesIn.get(ns.name) ?? 0;
    const empty = inside.length === 0 ? emptyNamespaceNote(ns.name, policies) : null;
    const minimum = empty !== null && empty.command !== null ? NAMESPACE_NOTE_MIN : NAMESPACE_MIN;
    const size = namespaceSize(inside, namespaceFit(ns.name, minimum, true));
    return { ns, id: nodeIdOf({ kind: 'namespace', name: ns.name }), size, empty };
  });
  const externalIds = doc.externals.map((e) => nodeIdOf({ kind: 'external', name: e.name }));
  const virtualEnds = input.virtualEnds ?? [];
  // A collapsed box is placed as drawn (`collapseNodes`), not at the size it has when open.
  const unplaced: Size[] = [
    ...boxes
      .filter((b) => positions[b.id] === undefined)
      .map((b) =>
        input.collapsed?.has(b.ns.name) === true
          ? namespaceFit(b.ns.name, NAMESPACE_COLLAPSED, false)
          : b.size,
      ),
    ...externalIds.filter((id) => positions[id] === undefined).map(() => EXTERNAL_SIZE),
  ];
  const slots = openTopSlots(
    rowSlots(unplaced),
    unplaced,
    placedTopBoxes(boxes, externalIds, positions),
  );
  let next = 0;
  const place = (id: string): Position => positions[id] ?? slots[next++] ?? { x: 0, y: 0 };

  const nodes: CanvasNode[] = [];
  for (const { ns, id, size, empty } of boxes) {
    const closed = input.collapsed?.has(ns.name) === true;
    nodes.push({
      id,
      type: 'namespace',
      position: place(id),
      width: size.width,
      height: size.height,
      measured: size,
      selected: id === selectedId,
      data: {
        name: ns.name,
        labels: labelList(ns.labels, NAMESPACE_NAME_LABEL),
        ...(closed && holdsPeer.has(ns.name) ? { peer: true } : peerMark(input.peers, id)),
        ...(closed && holdsSelected.has(ns.name) ? { highlighted: true } : {}),
        ...(empty === null ? {} : { empty }),
        // inferred pods are only ever in a namespace without real ones
        ...(seats.get(ns.name)?.inferred === true ? { inferred: true } : {}),
      },
    });
    nodes.push(...(children.get(ns.name) ?? []));
  }
  doc.externals.forEach((e, i) => {
    const id = externalIds[i] ?? '';
    const node: ExternalFlowNode = {
      id,
      type: 'external',
      position: place(id),
      width: EXTERNAL_SIZE.width,
      height: EXTERNAL_SIZE.height,
      measured: EXTERNAL_SIZE,
      zIndex: CARD_Z,
      selected: id === selectedId,
      data: { name: e.name, cidr: e.cidr, ...peerMark(input.peers, id) },
    };
    nodes.push(node);
  });
  nodes.push(...virtualNodes(virtualEnds, positions, input.peers));
  nodes.push(...orphans);
  return nodes;
}

/**
 * `nodes` with the node `selectedId` marked selected (a node that can be: all but the virtual
 * ends); every other node is the same object. A pick changes one card, so the canvas marks it on
 * the nodes it already holds rather than building every card of the design again.
 */
export function markSelected(nodes: CanvasNode[], selectedId: string | null): CanvasNode[] {
  if (selectedId === null) return nodes;
  return nodes.map((n) =>
    n.id === selectedId && n.selected === false ? { ...n, selected: true } : n,
  );
}
