/**
 * Every line of the canvas at once: routed around the cards that are not its
 * ends, with its label on a free spot. Pure, so it runs in tests and, if
 * needed, in a worker; about 200 cards and 500 lines take a few milliseconds.
 */
import { exitPoint, floatingLine } from '../edges/edgeGeometry';
import { spreadCardEnds } from './cardEnds';
import { corridorLanes } from './corridors';
import type { LabelBoard, LabelRoom } from './labelPlace';
import { fanSpot, fansOf } from './labelFans';
import type { Fan, FanSpot } from './labelFans';
import { firstFormSpot } from './labelForms';
import { LEADERS_AT_MOST, labelOnLeader } from './labelLeader';
import { sharedLabelLine } from './labelShared';
import { lineBoardOf, runsAlongside } from './lineBoard';
import { endsBoardOf, labelBesideEnds, labelKeep, labelSizeOf, labelSpot } from './labelPlace';
import { pickedLabelSpot } from './pickedLabel';
import { LABEL_PLAIN } from './labelOrder';
import type { PieceRooms } from './laneRuns';
import { laneRunsOf, roomsMoved } from './laneRuns';
import { polylineOffset, polylineOffsetOrigins } from './polylineOffset';
import { segmentIsClear } from './polylineRoute';
import type { Point } from './rectGeometry';
import { polylinePoint, rectUnion } from './rectGeometry';
import { bandLine, endsOf, routeGridOf } from './routeGrid';
import type { RouteGrid, RouteNode } from './routeGrid';

export type { RouteNode } from './routeGrid';

export interface RouteEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Sideways shift in pixels, so that the two lines of a two-way pair stay apart. */
  readonly offset: number;
  /** The label's text, or null when the line has none. */
  readonly label: string | null;
  /** A shorter text, tried when `label` finds no spot off the cards. */
  readonly shortLabel?: string;
  /** How much larger than 11 px its label is drawn (presentation mode); absent: 1. */
  readonly labelScale?: number;
  /**
   * How far round its label's box other labels keep off, in px: a picked line's label wears a
   * halo (`.nc-edge-label.is-picked`), which reached the labels beside it 4 px away; absent: 0.
   */
  readonly halo?: number;
  /**
   * Its label's turn to find a spot (`labelOrder.ts`): lower first, where the labels it would
   * lie on wait for it; absent, a plain line's.
   */
  readonly turn?: number;
  /** Drawn faint (`lineFaint`): a label of a line drawn strong may lie along it. */
  readonly faint?: boolean;
  /** How wide its arrowhead is drawn, when wider than a rule line's (a summary's). */
  readonly arrow?: number;
  /**
   * A line of the workload the user picked or focused (`labelPicked`): with no spot in its turn,
   * its label is placed after every other (`pickedLabel.ts`).
   */
  readonly picked?: boolean;
}

export interface EdgeRoute {
  /** SVG path data. */
  readonly path: string;
  readonly points: readonly Point[];
  /** Where the label sits, or null when every spot is on a card (shown only on selection). */
  readonly label: Point | null;
  /** The middle of the line: where a label without a free spot shows when picked. */
  readonly middle: Point;
  /** Whether the label sits there in its shorter text (`shortLabel`). */
  readonly short?: boolean;
  /** Whether the label sits there in two lines (`stackedTextOf`): no spot had room for one. */
  readonly stacked?: boolean;
  /**
   * Where on its line the leader of a label set off it starts (`labelLeader.ts`): a thin line
   * from there to the label; absent for a label on or beside its line.
   */
  readonly leader?: Point;
  /** Whether the label lies over cards, drawn above them (`pickedLabel.ts`). */
  readonly over?: boolean;
  /**
   * The line of its fan (`labelFans.ts`) whose label is read for it and the fan's other lines; its
   * own id on that line. A line of a fan other than that one has no label of its own.
   */
  readonly fan?: string;
  /**
   * Where it runs in a lane beside other lines (`corridors.ts`) along part of its length: the
   * path data of those stretches, by the room between its lane and the next, and of the rest of
   * it, where it runs alone (`laneRuns.ts`: the pointer's reach along each).
   */
  readonly lanes?: LanePaths;
}

/** A line's path data where it runs alone and where it runs in lanes, by the room beside them. */
export interface LanePaths {
  readonly alone: string;
  readonly laned: readonly { readonly path: string; readonly room: number }[];
}

const ROUNDING = 14;

/** SVG path data for a polyline with rounded bends. */
export function pathOf(points: readonly Point[]): string {
  const first = points[0];
  if (first === undefined) return '';
  let d = `M ${String(first.x)} ${String(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i];
    const prev = points[i - 1];
    const next = points[i + 1];
    if (p === undefined || prev === undefined) continue;
    if (next === undefined) {
      d += ` L ${String(p.x)} ${String(p.y)}`;
      continue;
    }
    const cut = (q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const r = Math.min(ROUNDING, len / 2) / len;
      return `${String(p.x + (q.x - p.x) * r)} ${String(p.y + (q.y - p.y) * r)}`;
    };
    d += ` L ${cut(prev)} Q ${String(p.x)} ${String(p.y)} ${cut(next)}`;
  }
  return d;
}

/** The line cut where it leaves its source card and enters its target card. */
function cutAtCards(points: readonly Point[], s: RouteNode, t: RouteNode): Point[] {
  const a = points[0];
  const b = points[points.length - 1];
  if (a === undefined || b === undefined) return [];
  const second = points[1] ?? b;
  const beforeLast = points[points.length - 2] ?? a;
  const start = s.card ? exitPoint(s.rect, a, second.x - a.x, second.y - a.y) : a;
  const end = t.card ? exitPoint(t.rect, b, beforeLast.x - b.x, beforeLast.y - b.y) : b;
  return [start, ...points.slice(1, -1), end];
}

/**
 * The routes of the lines, each drawn once: the two directions of a two-way
 * pair (`offset` not 0) share one, from the end with the smaller id; then
 * spread apart where routes share a corridor (`corridors.ts`).
 */
interface SharedRoute {
  readonly s: RouteNode;
  readonly t: RouteNode;
  readonly halfWidth: number;
}

function routeKeyOf(edge: RouteEdge): string {
  const [a, b] =
    edge.offset !== 0 && edge.target < edge.source
      ? [edge.target, edge.source]
      : [edge.source, edge.target];
  return `${a}>${b}`;
}

function spreadRoutes(routing: RouteGrid, shared: ReadonlyMap<string, SharedRoute>) {
  const list = [...shared.values()];
  // A two-way pair's band as wide as fits between the cards on its way (`bandLine`).
  const centres = list.map(({ s, t, halfWidth }) => bandLine(routing, s, t, halfWidth));
  const { offsets, rooms } = corridorLanes(
    list.map((r, i) => ({ points: centres[i]?.points ?? [], halfWidth: centres[i]?.band ?? 0 })),
    (i, a, b) => {
      const r = list[i];
      return r === undefined || segmentIsClear(routing.lines, endsOf(routing, r.s, r.t), a, b);
    },
  );
  return new Map(
    [...shared.keys()].map((key, i): [string, SpreadLine] => {
      const centre = centres[i]?.points ?? [];
      const by = offsets[i] ?? 0;
      const moved = roomsMoved(rooms[i] ?? [], polylineOffsetOrigins(centre, by));
      const band = centres[i]?.band ?? 0;
      return [key, { points: polylineOffset(centre, by), rooms: moved, band }];
    }),
  );
}

/** A line's points, and for each of its pieces the room beside its lane (`laneRuns.ts`). */
interface LaneLine {
  readonly points: readonly Point[];
  readonly rooms: PieceRooms;
}

/** A shared route spread into its lane. */
interface SpreadLine extends LaneLine {
  /** How far to each side of it a two-way pair's lines are drawn (`bandLine`); 0 for one line. */
  readonly band: number;
}

/**
 * The line of `s` to `t` on its `route`: the two directions of a two-way pair
 * (`offset` not 0) are each drawn to their own left of it, `offset` pixels or
 * the narrower band their route takes between cards (`route.band`), two
 * separate lines, each with its own arrowhead, whatever cards they go around.
 */
function linePoints(route: SpreadLine, s: RouteNode, t: RouteNode, paired: boolean): LaneLine {
  const offset = paired ? route.band : 0;
  if (offset === 0) return { points: cutAtCards(route.points, s, t), rooms: route.rooms };
  const forward = s.id < t.id;
  const shared = forward ? route.points : [...route.points].reverse();
  const rooms = forward ? route.rooms : [...route.rooms].reverse();
  return {
    points: cutAtCards(polylineOffset(shared, offset), s, t),
    rooms: roomsMoved(rooms, polylineOffsetOrigins(shared, offset)),
  };
}

const NO_LINE: SpreadLine = { points: [], rooms: [], band: 0 };
const optionalLanes = (lanes: LanePaths | undefined) => (lanes === undefined ? {} : { lanes });

/** The path data of a line's lone and laned stretches, or undefined when it has no lane. */
function lanePathsOf({ points, rooms }: LaneLine): LanePaths | undefined {
  const runs = laneRunsOf(points, rooms);
  if (runs === undefined) return undefined;
  const pathsOf = (list: readonly (readonly Point[])[]) => list.map(pathOf).join(' ');
  return {
    alone: pathsOf(runs.alone),
    laned: runs.lanes.map(({ room, runs: laned }) => ({ path: pathsOf(laned), room })),
  };
}

interface DrawnLine {
  readonly edge: RouteEdge;
  readonly s: RouteNode;
  readonly t: RouteNode;
  /** Lines with one key and one target are drawn as one (`routeKeyOf`). */
  readonly key: string;
  points: readonly Point[];
  rooms: PieceRooms;
}

/**
 * Each card's lines that end on it, at spots of their own along its sides (`cardEnds.ts`); lines
 * between the same two nodes one way are one line, with one end. A line's last piece keeps its
 * room beside its lane; a piece added to arrive square to the side runs alone.
 */
function spreadEnds(routing: RouteGrid, lines: DrawnLine[]): void {
  const byTarget = new Map<string, Map<string, DrawnLine[]>>();
  for (const line of lines) {
    if (!line.t.card) continue;
    const ends = byTarget.get(line.t.id) ?? new Map<string, DrawnLine[]>();
    byTarget.set(line.t.id, ends);
    const same = ends.get(line.key);
    if (same === undefined) ends.set(line.key, [line]);
    else same.push(line);
  }
  for (const ends of byTarget.values()) {
    const groups = [...ends.values()];
    const card = groups[0]?.[0]?.t;
    if (groups.length < 2 || card === undefined) continue;
    const firsts = groups.flatMap((g) => g[0] ?? []);
    const cardEnds = firsts.map((line, i) => {
      const arrows = (groups[i] ?? []).flatMap((l) => l.edge.arrow ?? []);
      return arrows.length === 0 ? line : { points: line.points, arrow: Math.max(...arrows) };
    });
    const spread = spreadCardEnds(card.rect, cardEnds, (i, a, b) => {
      const line = firsts[i];
      return (
        line !== undefined && segmentIsClear(routing.lines, endsOf(routing, line.s, line.t), a, b)
      );
    });
    groups.forEach((group, i) => {
      const points = spread[i];
      if (points === undefined) return;
      for (const line of group) {
        if (points === line.points) continue;
        const pieces = Math.max(points.length - 1, 0);
        line.rooms = Array.from({ length: pieces }, (_, k) => line.rooms[k]);
        line.points = points;
      }
    });
  }
}

/** The route of each line whose two ends are among `nodes`, by line id. */
export function edgeRoutes(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
): Map<string, EdgeRoute> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cards = nodes.filter((n) => n.card);
  const boxes = nodes.filter((n) => n.header !== undefined);
  const routing = routeGridOf(nodes);
  const board: LabelBoard = new Map();
  const design = rectUnion(nodes.map((n) => n.rect));
  const routes = new Map<string, EdgeRoute>();
  const drawn: { edge: RouteEdge; s: RouteNode; t: RouteNode }[] = [];
  const shared = new Map<string, SharedRoute>();
  for (const edge of edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (s === undefined || t === undefined) continue;
    if (s.id === t.id) {
      const line = floatingLine(s.rect, s.rect);
      const middle = { x: line.labelX, y: line.labelY };
      routes.set(edge.id, { path: line.path, points: [middle], label: middle, middle });
      if (edge.label !== null) labelKeep(board, middle, labelSizeOf(edge.label, edge.labelScale));
      continue;
    }
    drawn.push({ edge, s, t });
    const key = routeKeyOf(edge);
    const [a, b] = s.id < t.id || edge.offset === 0 ? [s, t] : [t, s];
    const halfWidth = Math.max(edge.offset, shared.get(key)?.halfWidth ?? 0);
    shared.set(key, { s: a, t: b, halfWidth });
  }
  const spread = spreadRoutes(routing, shared);
  const lines = drawn.map(({ edge, s, t }) => {
    const line = linePoints(spread.get(routeKeyOf(edge)) ?? NO_LINE, s, t, edge.offset !== 0);
    const faint = edge.faint === true;
    return { edge, s, t, key: routeKeyOf(edge), says: edge.label, faint, ...line };
  });
  spreadEnds(routing, lines);
  const lineBoard = lineBoardOf(lines);
  const turnOf = (l: { readonly edge: RouteEdge }) => l.edge.turn ?? LABEL_PLAIN;
  // In the order of their turns, lines of one turn as they came (a stable sort).
  const inTurn = [...lines].sort((a, b) => turnOf(a) - turnOf(b));
  const waiting: { line: (typeof inTurn)[number]; route: EdgeRoute }[] = [];
  const roomOf = ({ key, says, faint }: (typeof inTurn)[number]): LabelRoom => ({
    grid: routing.grid,
    board,
    design,
    alongside: (box, heading) => runsAlongside(lineBoard, box, { key, says, faint }, heading),
  });
  // A fan's one label, placed in the turn of its first line (`labelFans.ts`).
  const fanOfLine = new Map<number, Fan>();
  for (const fan of fansOf(inTurn)) for (const i of fan.members) fanOfLine.set(i, fan);
  const fanSpots = new Map<Fan, FanSpot | null>();
  inTurn.forEach((line, i) => {
    const { edge, points, rooms } = line;
    const fan = fanOfLine.get(i);
    if (fan !== undefined && !fanSpots.has(fan)) {
      fanSpots.set(fan, fanSpot(fan, inTurn, roomOf));
    }
    const inFan = fan === undefined ? null : (fanSpots.get(fan) ?? null);
    const found =
      inFan === null
        ? firstFormSpot(edge, (size) => labelSpot(points, size, roomOf(line), edge.offset !== 0))
        : inFan.member === i
          ? inFan
          : null;
    const route = {
      path: pathOf(points),
      points,
      label: found?.label ?? null,
      middle: polylinePoint(points, 0.5),
      ...(found === null ? {} : found.flags),
      ...(inFan === null ? {} : { fan: inTurn[inFan.member]?.edge.id ?? edge.id }),
      ...optionalLanes(lanePathsOf({ points, rooms })),
    };
    routes.set(edge.id, route);
    if (edge.picked === true && route.label === null) waiting.push({ line, route });
  });
  // Lines left without a label, save a fan's and the picked workload's: beside an end.
  const ends = endsBoardOf(lines.flatMap(({ points }) => [points[0], points.at(-1)]));
  const unlabelled: typeof waiting = [];
  for (const line of inTurn) {
    const { edge } = line;
    const route = routes.get(edge.id);
    if (route === undefined || route.label !== null || route.fan !== undefined) continue;
    if (edge.picked === true || turnOf(line) > LABEL_PLAIN) continue;
    const found = firstFormSpot(edge, (size) => labelBesideEnds(line, size, roomOf(line), ends));
    if (found !== null) routes.set(edge.id, { ...route, label: found.label, ...found.flags });
    else unlabelled.push({ line, route });
  }
  const ownLabelOf = (id: string) => {
    const r = routes.get(id);
    return r === undefined || (r.fan !== undefined && r.fan !== id) ? null : r.label;
  };
  // Those left still, between two cards: off their line on a short leader (`labelLeader.ts`).
  for (const { line, route } of unlabelled.length > LEADERS_AT_MOST ? [] : unlabelled) {
    if (!line.s.card || !line.t.card) continue;
    let leader: Point | undefined;
    const found = firstFormSpot(line.edge, (size) => {
      const spot = labelOnLeader(line.points, size, roomOf(line));
      leader = spot?.leader;
      return spot?.label ?? null;
    });
    if (found !== null && leader !== undefined) {
      routes.set(line.edge.id, { ...route, label: found.label, leader, ...found.flags });
      continue;
    }
    // Else read through a label saying the same near it (`labelShared.ts`).
    const fan = sharedLabelLine(line, inTurn, ownLabelOf);
    if (fan !== null) routes.set(line.edge.id, { ...route, fan });
  }
  // The picked workload's lines left without a label, once every other label has its place.
  const names = [
    ...cards.map((n) => n.nameBand ?? n.rect.height),
    ...boxes.map((n) => n.header?.height ?? 0),
  ];
  for (const { line, route } of waiting) {
    const { edge, points } = line;
    const room = { grid: routing.grid, board, design, names };
    const spot = pickedLabelSpot(points, edge, room, { line, board: ends });
    if (spot !== null) routes.set(edge.id, { ...route, ...spot });
  }
  return routes;
}
