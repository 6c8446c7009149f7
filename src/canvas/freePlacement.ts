/**
 * Free places for new nodes: a node added, dropped or arriving by an edit
 * without a stored position goes where it covers no other node, as near as
 * possible to where it was wanted (the drop point, or its automatic slot),
 * and a workload stays inside its namespace box (below the name, right of
 * the edge; the box grows to hold it).
 */
import type { Position, Positions } from '../store';
import type { Box } from './canvasGeometry';
import type { Size } from './layoutGeometry';
import { NAMESPACE_INSET, WORKLOAD_SIZE, workloadSlot } from './layoutGeometry';

/** Room kept between a new node and the others. */
const GAP = 20;
const STEP = 24;
/** Rings searched around the wanted point before giving up (about 4,800 px). */
const RINGS = 200;

function overlapsAny(p: Position, size: Size, taken: readonly Box[]): boolean {
  return taken.some(
    (b) =>
      p.x < b.x + b.width + GAP &&
      b.x < p.x + size.width + GAP &&
      p.y < b.y + b.height + GAP &&
      b.y < p.y + size.height + GAP,
  );
}

/**
 * The top-left corner nearest `want` where a box of `size` keeps clear of
 * every box in `taken`, never left of or above `min`.
 */
export function freeSpot(
  size: Size,
  want: Position,
  taken: readonly Box[],
  min: Position = { x: -Infinity, y: -Infinity },
): Position {
  const start = { x: Math.max(min.x, Math.round(want.x)), y: Math.max(min.y, Math.round(want.y)) };
  if (!overlapsAny(start, size, taken)) return start;
  for (let ring = 1; ring <= RINGS; ring++) {
    let best: Position | null = null;
    let bestDistance = Infinity;
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ] as const) {
        const p = { x: start.x + dx * STEP, y: start.y + dy * STEP };
        if (p.x < min.x || p.y < min.y || overlapsAny(p, size, taken)) continue;
        const d = Math.hypot(dx, dy);
        if (d < bestDistance) {
          bestDistance = d;
          best = p;
        }
      }
    }
    if (best !== null) return best;
  }
  const bottom = Math.max(start.y, ...taken.map((b) => b.y + b.height + GAP));
  return { x: start.x, y: bottom };
}

/** Where a workload may sit in its box: below the name, off the left edge. */
export const WORKLOAD_MIN: Position = { x: NAMESPACE_INSET.side, y: NAMESPACE_INSET.top };

function workloadBox(p: Position): Box {
  return { ...p, ...WORKLOAD_SIZE };
}

/**
 * The places of the workloads of one namespace, in order: a stored position
 * as it is; one without takes the next automatic slot that no placed sibling
 * covers (when none is placed, simply the slots in order).
 */
export function workloadPlaces(ids: readonly string[], positions: Positions): Position[] {
  const taken: Box[] = [];
  for (const id of ids) {
    const p = positions[id];
    if (p !== undefined) taken.push(workloadBox(p));
  }
  if (taken.length === 0) return ids.map((_, i) => workloadSlot(i));
  let slot = 0;
  return ids.map((id) => {
    const stored = positions[id];
    if (stored !== undefined) return stored;
    let p = workloadSlot(slot++);
    while (overlapsAny(p, WORKLOAD_SIZE, taken) && slot < 10_000) p = workloadSlot(slot++);
    taken.push(workloadBox(p));
    return p;
  });
}

/**
 * Top-level slots (namespace boxes, endpoints) without a stored position
 * moved off the boxes that have one, each as near its slot as it can be.
 */
export function openTopSlots(
  slots: readonly Position[],
  sizes: readonly Size[],
  placed: readonly Box[],
): Position[] {
  if (placed.length === 0) return [...slots];
  const taken = [...placed];
  return slots.map((slot, i) => {
    const size = sizes[i] ?? { width: 0, height: 0 };
    const p = freeSpot(size, slot, taken);
    taken.push({ ...p, ...size });
    return p;
  });
}
