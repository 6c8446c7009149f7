/**
 * Where a line's label goes: the first point along the line, from the middle
 * outwards, where the label's box touches no card and no label placed before
 * it, and lies whole within the design (a line routed round its edge put its
 * label outside, cut at the edge of a fitted view: "⊘ all ports" read "orts";
 * presented, half out of the namespace box it belongs to). When no point is
 * free, the label has no place: it shows while the pointer is on its line
 * (two labels laid one on the other could be read neither).
 */
import type { Rect } from '../edges/edgeGeometry';
import { rectContains } from '../edges/edgeGeometry';
import { nameWidthEm } from '../nameEm';
import type { ObstacleGrid } from './obstacleGrid';
import { someNear } from './obstacleGrid';
import type { Point } from './rectGeometry';
import { polylineAt, polylineLength, rectAround, rectGrow, rectsOverlap } from './rectGeometry';

export interface LabelSize {
  readonly width: number;
  readonly height: number;
}

/**
 * From the middle outwards; a shifted line (one of a two-way pair) starts
 * nearer its arrow; then the points between, for a line that runs alone only
 * for a short way (where it leaves lines it shares a corridor with).
 */
const BETWEEN = [0.45, 0.55, 0.35, 0.65, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88, 0.06, 0.94];
export const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.1, 0.9, ...BETWEEN];
const SHIFTED = [0.68, 0.6, 0.76, 0.52, 0.84, 0.44, 0.36, 0.9, 0.28, 0.2, ...BETWEEN];
/** Room kept between a label and a card, and between two labels. */
const MARGIN = 3;
const LABEL_GAP = 4;
/**
 * Room around a label on its line free of lines alongside it; room between a label set beside
 * its line and the line, and around it free of other lines.
 */
const ALONGSIDE_CLEAR = 3;
const BESIDE = 2;
export const BESIDE_CLEAR = 8;
const CELL = 200;

/** The labels placed so far, in a grid of cells. */
export type LabelBoard = Map<number, Rect[]>;

/** The cells a box meets, one number each (canvases stay far below a million cells a side). */
function cellKeys(r: Rect): number[] {
  const keys: number[] = [];
  for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.width) / CELL); cx++) {
    for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.height) / CELL); cy++) {
      keys.push(cx * 1_000_003 + cy);
    }
  }
  return keys;
}

function onBoard(board: LabelBoard, r: Rect): boolean {
  return cellKeys(r).some((k) => board.get(k)?.some((l) => rectsOverlap(l, r)) === true);
}

function putOnBoard(board: LabelBoard, r: Rect): void {
  for (const k of cellKeys(r)) {
    const list = board.get(k);
    if (list === undefined) board.set(k, [r]);
    else list.push(r);
  }
}

function onCard(grid: ObstacleGrid, r: Rect): boolean {
  return someNear(grid, r, (i) => {
    const card = grid.rects[i];
    return card !== undefined && rectsOverlap(card, r);
  });
}

/**
 * Whether a label's box lies whole within the design, off every card (by `MARGIN`) and every
 * label on the board (by `LABEL_GAP`): what every place of a label asks first.
 */
export function labelBoxFree(box: Rect, { grid, board, design }: LabelRoom): boolean {
  if (design !== null && !rectContains(design, box)) return false;
  return !onCard(grid, rectGrow(box, MARGIN)) && !onBoard(board, rectGrow(box, LABEL_GAP));
}

/** Whether a thin box (a label's leader) meets a card or a label on the board. */
export function onCardOrLabel(box: Rect, { grid, board }: LabelRoom): boolean {
  return onCard(grid, box) || onBoard(board, box);
}

/** What a label keeps off: cards, labels placed before it, and other lines running alongside. */
export interface LabelRoom {
  readonly grid: ObstacleGrid;
  readonly board: LabelBoard;
  /** Where the design's nodes lie, or null for anywhere. */
  readonly design: Rect | null;
  /**
   * Whether another line runs through `box` alongside the label's own, heading along `heading`;
   * with no heading, whether another line runs through `box` at all.
   */
  readonly alongside?: (box: Rect, heading: Point | null) => boolean;
  /** How far down from its top each obstacle of `grid` holds its name (`nameBandOf`), in px. */
  readonly names?: readonly number[];
}

/**
 * Where a label may sit at `at` of the way along its line: on the line, and
 * where the line has other lines alongside, beside it, just clear of it on
 * either side (the outer lane of lines that share a corridor has one free
 * side), so that it is read as the label of the line it touches.
 */
function spotsAt(
  points: readonly Point[],
  length: number,
  at: number,
  size: LabelSize,
  beside: boolean,
): { p: Point; heading: Point }[] {
  const { point: p, heading } = polylineAt(points, at, length);
  if (!beside) return [{ p, heading }];
  const n = { x: -heading.y, y: heading.x };
  const off = (Math.abs(n.x) * size.width + Math.abs(n.y) * size.height) / 2 + BESIDE;
  return [1, -1].map((side) => ({
    p: { x: p.x + n.x * off * side, y: p.y + n.y * off * side },
    heading,
  }));
}

/**
 * The centre of the label of the line through `points`, or null when no
 * point of the line leaves it off every card, every label on the board (by
 * `LABEL_GAP` pixels, so that two labels never read as one) and every other
 * line running alongside its own (where lines share a corridor, a label on
 * one would be read on either), and whole within the design (out of it, a
 * fitted view cuts it: "⊘ all ports" read "orts"): first on the line, then
 * beside it; at the shares of its length `along` when given (a fan's label, near the end its
 * lines share: `labelFans.ts`). The chosen box joins the board.
 */
export function labelSpot(
  points: readonly Point[],
  size: LabelSize,
  room: LabelRoom,
  shifted = false,
  along: readonly number[] = shifted ? SHIFTED : ALONG,
): Point | null {
  const { board, alongside } = room;
  const length = polylineLength(points);
  for (const beside of alongside === undefined ? [false] : [false, true]) {
    for (const at of along) {
      for (const { p, heading } of spotsAt(points, length, at, size, beside)) {
        const box = rectAround(p, size.width, size.height);
        if (!labelBoxFree(box, room)) continue;
        // Beside its line, no other line may run through it, nor one alongside come near it.
        const taken = beside
          ? alongside?.(box, null) === true || alongside?.(rectGrow(box, BESIDE_CLEAR), heading)
          : alongside?.(rectGrow(box, ALONGSIDE_CLEAR), heading);
        if (taken === true) continue;
        putOnBoard(board, box);
        return p;
      }
    }
  }
  return null;
}

/** A label whose place is fixed (a box's line to itself) joins the board: others keep off it. */
export function labelKeep(board: LabelBoard, centre: Point, size: LabelSize): void {
  putOnBoard(board, rectAround(centre, size.width, size.height));
}

/**
 * A generous guess of a label's box (11 px semi-bold text, padding and
 * border), `scale` times larger for larger type (presentation mode); a text in
 * lines (`stackedTextOf`) as wide as its longest, a line taller for each more.
 */
export function labelSizeOf(text: string, scale = 1): LabelSize {
  const lines = text.split('\n');
  if (lines.length === 1) {
    return { width: Math.ceil((text.length * 7 + 16) * scale), height: Math.ceil(20 * scale) };
  }
  const longest = Math.max(...lines.map((l) => l.length));
  const height = 20 + STACKED_LINE * (lines.length - 1);
  return {
    width: Math.ceil((longest * STACKED_CHAR + 16) * scale),
    height: Math.ceil(height * scale),
  };
}

/**
 * A stacked label's lines are short, mostly digits (7.7 px each, semi-bold): each character is
 * counted 8 px, where a whole sentence's mix of narrow letters and digits averages under 7; a
 * line taller for each more (`.nc-edge-label.is-stacked`: 13.2 px lines).
 */
const STACKED_CHAR = 8;
const STACKED_LINE = 14;

/**
 * A label's text in two lines, where its one line is too wide for the room its line has: a
 * short line between two cards in neighbouring columns (`LAYER_GAP` apart), where "TCP 50051"
 * on one line touches both cards, "TCP" over "50051" fits, zoomed out too. Broken at the space that
 * leaves the longer of the two lines shortest (`TCP 8080, TCP 9090`: after the comma); null for
 * a text of one word.
 */
export function stackedTextOf(text: string): string | null {
  let best: { at: number; longer: number } | null = null;
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const longer = Math.max(at, text.length - at - 1);
    if (best === null || longer < best.longer) best = { at, longer };
  }
  return best === null ? null : `${text.slice(0, best.at)}\n${text.slice(best.at + 1)}`;
}

/**
 * How far down from a card's top its name reaches, as a share of its height: a name that fits
 * one line of the card drawn zoomed out (24 px in the card's 212 px: `levelOfDetail.css`) takes
 * one line, a wider one two (`.nc-workload .nc-node-name`). A label over cards never covers it:
 * presented at 1920×1080 and at 1280×720, Online Boutique's labels over cards covered card names
 * (redis-cart's first letter, the "service" of app-checkout service) while names only counted
 * more than the rest of a card. The width is the name's own (`nameWidthEm`), not its count of
 * characters ("checkoutservice", 15, wraps; "app-frontend", 12, does not), with a margin: a name
 * within a few pixels of the line's end ("shippingservice") is taken for two.
 */
const ONE_LINE_EM = 8.5;
const ONE_LINE_BAND = 0.35;
const TWO_LINES_BAND = 0.65;

/** How far down from its top a card of height `height` named `name` holds its name, in px. */
export function nameBandOf(name: string, height: number): number {
  return height * (nameWidthEm(name) > ONE_LINE_EM ? TWO_LINES_BAND : ONE_LINE_BAND);
}

/**
 * How much of `r` lies on cards (and namespace headers), in square pixels; null when it meets a
 * card's name (`names`: how far down from its top each obstacle of the grid holds its name; a
 * header, or a card not said, down to `ONE_LINE_BAND`).
 */
function areaOnCards(grid: ObstacleGrid, r: Rect, names: readonly number[] = []): number | null {
  const met = new Set<number>();
  someNear(grid, r, (i) => {
    met.add(i);
    return false;
  });
  let area = 0;
  for (const i of met) {
    const c = grid.rects[i];
    if (c === undefined) continue;
    const w = Math.min(c.x + c.width, r.x + r.width) - Math.max(c.x, r.x);
    const h = Math.min(c.y + c.height, r.y + r.height) - Math.max(c.y, r.y);
    if (w <= 0 || h <= 0) continue;
    if (r.y < c.y + (names[i] ?? c.height * ONE_LINE_BAND)) return null;
    area += w * h;
  }
  return area;
}

/**
 * Where the label of a line of the picked workload goes when no spot is clear of the cards (a
 * short line between two cards side by side: cartservice → redis-cart): on its line where it
 * covers the least of the cards (of spots alike, the nearest the middle) and none of their names
 * (`nameBandOf`), off every other label and whole within the design; it is drawn above the cards
 * (`HoverLabel`), as a picked line's is. The chosen box joins the board.
 */
export function labelOverCards(
  points: readonly Point[],
  size: LabelSize,
  { grid, board, design, names }: LabelRoom,
): Point | null {
  const length = polylineLength(points);
  let best: { p: Point; box: Rect; area: number } | null = null;
  for (const at of ALONG) {
    const { point: p } = polylineAt(points, at, length);
    const box = rectAround(p, size.width, size.height);
    if (design !== null && !rectContains(design, box)) continue;
    if (onBoard(board, rectGrow(box, LABEL_GAP))) continue;
    // The label's own box meets no name; its margin keeps off the other cards' sides.
    if (areaOnCards(grid, box, names) === null) continue;
    const area = areaOnCards(grid, rectGrow(box, MARGIN), names) ?? Infinity;
    // By more than a square pixel: spots that cover alike go to the one nearer the middle.
    if (best === null || area < best.area - 1) best = { p, box, area };
  }
  if (best === null) return null;
  putOnBoard(board, best.box);
  return best.p;
}

/**
 * How far along its card's side from where its line ends a label beside that end is tried, in
 * steps of the label's own length along the side: next to the arrowhead on either side, then
 * farther, never on it.
 */
const END_STEPS = [1, -1];
/** Room kept along the side between the label and the point where its line ends. */
const END_ROOM = 6;

/** The side of `card` where a line ends at `end`: its outward normal. */
function sideOf(card: Rect, end: Point): Point {
  const gaps = [
    { n: { x: -1, y: 0 }, gap: Math.abs(end.x - card.x) },
    { n: { x: 1, y: 0 }, gap: Math.abs(card.x + card.width - end.x) },
    { n: { x: 0, y: -1 }, gap: Math.abs(end.y - card.y) },
    { n: { x: 0, y: 1 }, gap: Math.abs(card.y + card.height - end.y) },
  ];
  return gaps.reduce((a, b) => (b.gap < a.gap ? b : a)).n;
}

/**
 * Where the label of a line with no spot on or beside it goes (a long line through a bundle of
 * others between rows of cards, 32 px apart where a label zoomed out is 37 px tall: Online
 * Boutique's frontend → adservice): beside the end where it enters `card`, against that card's
 * side next to its arrowhead (`end`), the card's port: it reads as "into adservice on TCP 9555".
 * Its box keeps off every card and label as any label does, lies whole within the design, and
 * holds no end of another line (`ends`: the ends of the lines, each its own key) and no line
 * saying something else (`alongside`), so that it is read as the label of the one line ending
 * beside it. The chosen
 * box joins the board.
 */
export function labelAtEnd(
  end: Point,
  card: Rect,
  size: LabelSize,
  room: LabelRoom,
  ends: LabelBoard,
): Point | null {
  const { board } = room;
  const n = sideOf(card, end);
  const across = Math.abs(n.x) * size.width + Math.abs(n.y) * size.height;
  const along = Math.abs(n.y) * size.width + Math.abs(n.x) * size.height;
  const out = across / 2 + MARGIN + 1;
  for (const step of END_STEPS) {
    const by = Math.sign(step) * (along / 2 + END_ROOM + (Math.abs(step) - 1) * along);
    const p = {
      x: end.x + n.x * out + Math.abs(n.y) * by,
      y: end.y + n.y * out + Math.abs(n.x) * by,
    };
    const box = rectAround(p, size.width, size.height);
    if (!labelBoxFree(box, room)) continue;
    if (onBoard(ends, rectGrow(box, LABEL_GAP))) continue;
    // Nor does a line saying something else run through it: it would be read as that line's.
    if (room.alongside?.(box, null) === true) continue;
    putOnBoard(board, box);
    return p;
  }
  return null;
}

/** The ends of lines, as tiny boxes on a board of their own (`labelAtEnd`). */
export function endsBoardOf(points: readonly (Point | undefined)[]): LabelBoard {
  const board: LabelBoard = new Map();
  for (const p of points) if (p !== undefined) putOnBoard(board, rectAround(p, 1, 1));
  return board;
}

/** A line's two ends on their nodes (`RouteNode`): its points, from its source to its target. */
export interface EndedLine {
  readonly points: readonly Point[];
  readonly s: { readonly rect: Rect; readonly card: boolean };
  readonly t: { readonly rect: Rect; readonly card: boolean };
}

/** `labelAtEnd` at the end where the line enters its target card, else where it leaves its source. */
export function labelBesideEnds(
  { points, s, t }: EndedLine,
  size: LabelSize,
  room: LabelRoom,
  ends: LabelBoard,
): Point | null {
  const last = points[points.length - 1];
  const first = points[0];
  const atTarget = t.card && last !== undefined ? labelAtEnd(last, t.rect, size, room, ends) : null;
  if (atTarget !== null || !s.card || first === undefined) return atTarget;
  return labelAtEnd(first, s.rect, size, room, ends);
}
