/**
 * Room for a box that grew: an edit that adds a card to a namespace, or widens it, leaves the
 * box where it is and larger. The boxes and endpoints it now covers, and had not covered, move
 * off it: right when they stood right of it, else down; and so on for what those then cover.
 * Nothing else moves.
 */
import type { DrawnBox, LayoutPatch } from './editorState';

/** Kept between a box and one moved off it (the automatic layout's gap between rows). */
const GAP = 48;
/** Moves at most (a guard: every move takes a box further right or down). */
const MOVES = 10_000;

interface Rect {
  x: number;
  y: number;
  readonly width: number;
  readonly height: number;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The places of the top-level boxes of `after` (drawn after an edit) moved off the boxes that
 * grew since `before` (drawn before it, at the same place); nothing when none grew.
 */
export function roomMade(
  before: Readonly<Record<string, DrawnBox>>,
  after: Readonly<Record<string, DrawnBox>>,
): LayoutPatch {
  const now = new Map<string, Rect>();
  for (const [id, b] of Object.entries(after)) if (b.parent === undefined) now.set(id, { ...b });
  const queue: { id: string; was: Rect }[] = [];
  for (const [id, b] of now) {
    const was = before[id];
    if (was === undefined || was.parent !== undefined || was.x !== b.x || was.y !== b.y) continue;
    if (b.width > was.width || b.height > was.height) queue.push({ id, was });
  }
  const moved = new Set<string>();
  for (let step = 0; step < queue.length && moved.size < MOVES; step++) {
    const { id, was } = queue[step] ?? { id: '', was: { x: 0, y: 0, width: 0, height: 0 } };
    const grown = now.get(id);
    if (grown === undefined) continue;
    for (const [other, box] of now) {
      if (other === id || !overlap(grown, box) || overlap(was, box)) continue;
      const old = { ...box };
      if (box.x >= was.x + was.width) box.x = grown.x + grown.width + GAP;
      else box.y = grown.y + grown.height + GAP;
      moved.add(other);
      queue.push({ id: other, was: old });
    }
  }
  return Object.fromEntries(
    [...moved].map((id) => {
      const { x, y } = now.get(id) ?? { x: 0, y: 0 };
      return [id, { x, y }];
    }),
  );
}
