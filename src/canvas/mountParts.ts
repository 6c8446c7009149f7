import type { CardBox } from './farCards';

/**
 * Which of a list of things (cards, lines) React Flow mounts now. Mounting
 * hundreds at once (Expand all on a large design, a pick's paths) is one
 * task of hundreds of milliseconds: the page cannot paint or answer in it.
 * Things already mounted stay (with their newest object); new ones are
 * mounted once `ready` says so and at most `perPart` of them at a time, the
 * rest after the next paint, in the order given (so a namespace box, which
 * comes before its cards, is mounted first).
 */

/**
 * How many new cards (and boxes) React Flow mounts between two paints: with
 * their lines (`LINES_PER_FRAME`), a part of Expand all on a 200-workload
 * design stays under 50 ms of CPU on this project's busy 2-core machine.
 */
export const NODES_PER_PART = 10;

/**
 * At most this many parts for a whole list: every part costs React Flow a
 * walk over all it holds (nodes, lines, handles), so small parts of a large
 * design would add up to several times the work of mounting it at once
 * (Expand all on 1,000 workloads in parts of 10: 12.6 s of CPU against 2.8 s
 * on a busy machine).
 */
export const MOST_PARTS = 20;

/** How many new things a part mounts: `perPart`, or more when the list would need more parts. */
export function partSize(count: number, perPart: number): number {
  return Math.max(perPart, Math.ceil(count / MOST_PARTS));
}

/**
 * How long a part may keep the page busy (ms): the task that mounts it, and the frame that
 * draws it (style, layout, React Flow measuring the new cards, paint). What a part costs grows
 * with what is already drawn and with the cards' detail, so a size counted once made the later
 * parts of Expand all on 1,000 workloads tasks of 40–55 ms of CPU on a busy 2-core machine.
 */
export const PART_BUDGET_MS = 24;

/**
 * At most this many parts for a whole list however slow its parts are: each costs React Flow a
 * walk over all it holds, so parts too small would add up to more than the page saves.
 */
export const MOST_PARTS_WHEN_SLOW = 30;

/** The sizes a part of a list of `count` may take: from a share of the slowest to `partSize`. */
export function partSizeRange(count: number, perPart: number): { least: number; most: number } {
  const most = partSize(count, perPart);
  return {
    least: Math.min(most, Math.max(perPart, Math.ceil(count / MOST_PARTS_WHEN_SLOW))),
    most,
  };
}

/**
 * The next part's size: `size` scaled by how far the last part's cost (`costMs`, its mount or
 * its frame, whichever took longer) was from the budget, within `range`.
 */
export function nextPartSize(
  size: number,
  costMs: number,
  range: { least: number; most: number },
): number {
  const scaled = costMs > 0 ? Math.round((size * PART_BUDGET_MS) / costMs) : range.most;
  return Math.min(range.most, Math.max(range.least, scaled));
}

export interface PartToMount<T> {
  /** What to hand React Flow, in the order given: `items` itself when all are mounted. */
  readonly mount: T[];
  /** New, ready things that wait for a later part. */
  readonly waiting: number;
}

/** What `partToMount` mounts: a card names the box it sits in (React Flow's `parentId`). */
interface Mountable {
  readonly id: string;
  readonly parentId?: string | undefined;
}

/** A box and its cards are one family (a line, or a card in no box, is one of its own). */
const familyOf = (item: Mountable): string => item.parentId ?? item.id;

/**
 * The next part: the things mounted, and up to `perPart` new ready ones, a box's new cards all
 * in one part with the box when it is new (a box drawn open with some of its cards, or none,
 * looked empty, its lines ending nowhere, for as many parts as its cards took). With
 * `holdFirst`, new things that need more than one part all wait for a paint:
 * the task that brings hundreds in (Expand all's positions landing) already
 * works them all out for React Flow, and mounting the first part in it too made
 * it the longest of the whole expansion. New things `atOnce` says were on
 * screen already (drawn by something else until now) are mounted now, ready or
 * not, in no part: waiting, they would vanish for a few frames.
 */
export function partToMount<T extends Mountable>(
  items: T[],
  mounted: ReadonlySet<string>,
  perPart: number,
  ready: (id: string) => boolean = () => true,
  holdFirst = false,
  atOnce: (item: T) => boolean = () => false,
  away?: (family: string) => number,
): PartToMount<T> {
  const unmounted = items.filter((item) => !mounted.has(item.id));
  const urgent = new Set(unmounted.filter(atOnce).map((item) => item.id));
  const fresh = unmounted.filter((item) => !urgent.has(item.id) && ready(item.id));
  const held = holdFirst && fresh.length > perPart;
  const part = held ? [] : firstFamilies(fresh, perPart, away);
  const now = new Set([...urgent, ...part.map((item) => item.id)]);
  const mount = items.filter((item) => mounted.has(item.id) || now.has(item.id));
  return {
    mount: mount.length === items.length ? items : mount,
    waiting: fresh.length - part.length,
  };
}

/**
 * The first of `fresh`, whole families at a time, until there are `count` or more: the nearest
 * first by `away` (a family's distance from the view; in the order given when even).
 */
function firstFamilies<T extends Mountable>(
  fresh: T[],
  count: number,
  away?: (family: string) => number,
): T[] {
  if (fresh.length <= count) return fresh;
  const families = new Map<string, T[]>();
  for (const item of fresh) {
    const family = families.get(familyOf(item));
    if (family === undefined) families.set(familyOf(item), [item]);
    else family.push(item);
  }
  const ordered =
    away === undefined
      ? [...families.values()]
      : [...families]
          .map(([id, family]) => ({ family, far: away(id) }))
          .sort((a, b) => a.far - b.far)
          .map(({ family }) => family);
  const part: T[] = [];
  for (const family of ordered) {
    if (part.length >= count) break;
    part.push(...family);
  }
  return part;
}

export interface Placed extends Mountable {
  readonly position: { readonly x: number; readonly y: number };
}

/**
 * How far each family of `items` lies from `view` (flow coordinates): 0 for a box in it or
 * across its edge, else the gap between them. A part mounts the boxes the user looks at first
 * (`partToMount`'s `away`): after Expand all, a box in view never waits behind boxes far away.
 * A family whose box is not among `items` is as far as can be.
 */
export function awayFromView(
  items: readonly (Placed & { readonly width?: number; readonly height?: number })[],
  view: CardBox,
): (family: string) => number {
  const boxes = new Map<string, CardBox>();
  for (const item of items) {
    if (item.parentId !== undefined) continue;
    const { x, y } = item.position;
    boxes.set(item.id, { x, y, width: item.width ?? 0, height: item.height ?? 0 });
  }
  return (family) => {
    const box = boxes.get(family);
    if (box === undefined) return Infinity;
    const dx = Math.max(0, view.x - (box.x + box.width), box.x - (view.x + view.width));
    const dy = Math.max(0, view.y - (box.y + box.height), box.y - (view.y + view.height));
    return Math.hypot(dx, dy);
  };
}

/** The box drawn while its cards wait, per box drawn before and box now: one object each. */
const standIns = new WeakMap<object, { readonly now: object; readonly standIn: object }>();

/**
 * The nodes to draw (`drawn`, a part of `all`), each box whose cards are not all drawn yet drawn
 * as it was drawn before (`before`: a collapsed namespace opening stays its small box, with its
 * count), at its new place: a box is drawn open only with its cards. The parts bring a box's new
 * cards together (`partToMount`), so the box opens in the frame that draws them.
 */
export function boxesWithTheirCards<T extends Placed>(
  all: T[],
  drawn: T[],
  before: ReadonlyMap<string, T>,
): T[] {
  if (drawn === all) return all;
  const shown = new Set(drawn.map((node) => node.id));
  const waiting = new Set<string>();
  for (const node of all) {
    if (node.parentId !== undefined && !shown.has(node.id)) waiting.add(node.parentId);
  }
  if (waiting.size === 0) return drawn;
  return drawn.map((node) => {
    const was = waiting.has(node.id) ? before.get(node.id) : undefined;
    if (was === undefined || was === node) return node;
    const kept = standIns.get(was);
    if (kept?.now === node) return kept.standIn as T;
    const same = was.position.x === node.position.x && was.position.y === node.position.y;
    const standIn = same ? was : { ...was, position: node.position };
    standIns.set(was, { now: node, standIn });
    return standIn;
  });
}

/** The lines whose two ends are among `nodes` (React Flow draws no line to a card it lacks). */
export function linesBetween<E extends { readonly source: string; readonly target: string }>(
  lines: E[],
  nodes: readonly { readonly id: string }[],
  all: readonly { readonly id: string }[],
): E[] {
  if (nodes.length === all.length) return lines;
  const ids = new Set(nodes.map((n) => n.id));
  return lines.filter((l) => ids.has(l.source) && ids.has(l.target));
}
