/**
 * A move to some nodes on a small design (Find, Show) zooms in on them: the cards beside them
 * may then be drawn in part, cut at the canvas's edge. The camera takes those in as well while
 * every card stays readable, so that what it shows is whole; when the cards around cannot all be
 * taken in so, it moves along (the nodes asked for staying whole in the free area) to where the
 * canvas's edges cut the fewest cards, in gaps between them where there are some.
 * Only a move zoomed in as far as moves go has room to spare around what it found: one whose
 * nodes fill the room (a policy's pods, the zoom set by their size) is their fit, centred as a
 * fit centres them, and cuts a card beside them as a fit would.
 */
import type { Box } from './canvasGeometry';
import { boxesUnion, freeArea, viewportFitting } from './lessonCamera';
import type { CameraFrame, Viewport } from './lessonCamera';

/** How many times the frame may grow to take in the cards it cut (each may cut others). */
const ROUNDS = 4;

/** Whether `view` draws part of `card`, not all of it, on the canvas (`frame`, insets aside). */
function cutBy(card: Box, view: Viewport, frame: CameraFrame): boolean {
  const left = card.x * view.zoom + view.x;
  const top = card.y * view.zoom + view.y;
  const right = left + card.width * view.zoom;
  const bottom = top + card.height * view.zoom;
  const overlaps = right > 0 && bottom > 0 && left < frame.width && top < frame.height;
  const whole = left >= 0 && top >= 0 && right <= frame.width && bottom <= frame.height;
  return overlaps && !whole;
}

type Axis = 'x' | 'y';

/** Where `box` is drawn along `axis`, on screen. */
function spanOf(box: Box, view: Viewport, axis: Axis): readonly [number, number] {
  const start = (axis === 'x' ? box.x : box.y) * view.zoom + view[axis];
  return [start, start + (axis === 'x' ? box.width : box.height) * view.zoom];
}

/** How many of `cards` the view draws in part. */
function cutCount(cards: readonly Box[], view: Viewport, frame: CameraFrame): number {
  return cards.filter((card) => cutBy(card, view, frame)).length;
}

/**
 * `view` moved along `axis` to cut the fewest of `cards` (the least move among equals), the
 * subject kept whole in the free area: each card drawn is tried wholly in and wholly out.
 */
function shiftedAlong(
  view: Viewport,
  subject: Box,
  cards: readonly Box[],
  frame: CameraFrame,
  axis: Axis,
): Viewport {
  const size = axis === 'x' ? frame.width : frame.height;
  const free = freeArea(frame);
  const [from, room] = axis === 'x' ? [free.x, free.width] : [free.y, free.height];
  const [start, end] = spanOf(subject, view, axis);
  const drawn = cards.filter((card) => {
    const [a, b] = spanOf(card, view, axis);
    return b > 0 && a < size;
  });
  const moves = [
    0,
    ...drawn.flatMap((card) => {
      const [a, b] = spanOf(card, view, axis);
      return [-a, size - b, size - a, -b];
    }),
  ].filter((d) => start + d >= from && end + d <= from + room);
  let best = view;
  let bestCut = cutCount(drawn, view, frame);
  let bestMove = 0;
  for (const d of moves) {
    const moved = { ...view, [axis]: view[axis] + d };
    const cut = cutCount(drawn, moved, frame);
    if (cut < bestCut || (cut === bestCut && Math.abs(d) < Math.abs(bestMove))) {
      best = moved;
      bestCut = cut;
      bestMove = d;
    }
  }
  return best;
}

/** `view` moved across, then up or down, to where the canvas's edges cut the fewest cards. */
function viewportShifted(
  view: Viewport,
  subject: Box,
  cards: readonly Box[],
  frame: CameraFrame,
): Viewport {
  const across = shiftedAlong(view, subject, cards, frame, 'x');
  return shiftedAlong(across, subject, cards, frame, 'y');
}

/** The zooms a move keeps to: its closest, and the farthest at which every card reads. */
export interface UncutZooms {
  readonly maxZoom: number;
  readonly readableZoom: number;
}

/**
 * `view`, which frames `subject`, grown (never closer) to take in whole every card of `cards`
 * it draws in part, when that keeps the zoom at `readableZoom` or closer; else `view` moved to
 * cut the fewest (`viewportShifted`). `view` itself when it is zoomed out of `maxZoom`: the
 * subject fills the room.
 */
export function viewportUncut(
  view: Viewport,
  subject: Box,
  cards: readonly Box[],
  frame: CameraFrame,
  { maxZoom, readableZoom }: UncutZooms,
): Viewport {
  if (view.zoom < maxZoom) return view;
  let shown = subject;
  let current = view;
  for (let round = 0; round < ROUNDS; round++) {
    const cut = cards.filter((card) => cutBy(card, current, frame));
    if (cut.length === 0) return current;
    shown = boxesUnion([shown, ...cut]) ?? shown;
    current = viewportFitting(shown, frame, current.zoom);
    if (current.zoom < readableZoom) return viewportShifted(view, subject, cards, frame);
  }
  return cutCount(cards, current, frame) > 0
    ? viewportShifted(view, subject, cards, frame)
    : current;
}
