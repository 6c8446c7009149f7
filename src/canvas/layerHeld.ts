/**
 * Which lines the canvas's line layer (`lineLayer.ts`) leaves to React Flow. React Flow takes
 * new lines in parts, one after each paint (`mountParts.ts`): F on a busy workload of a large
 * design lights hundreds to thousands of lines, and each part that left the layer redrew it
 * whole, its few paths holding every other line of the design (on the expanded dump, 10,000
 * lines: 0.2–0.4 s of a task for each part, `docs/performance-log.md`). While parts arrive, the
 * layer keeps drawing the lines it drew as long as React Flow still holds every line the layer
 * left to it: a line React Flow has just taken is drawn twice for those frames, the layer's plain
 * look under React Flow's, which covers it. Once every part is in, the layer draws again,
 * without them (a line still waiting for its route is in no part, and the layer has no route to
 * draw it by either).
 */

/** A line as the canvas holds it. */
interface Line {
  readonly id: string;
}

/**
 * Whether React Flow is taking new lines in parts: a line it is to hold (`toHold`) has its route
 * (`routed`) and is not among those it holds (`held`).
 */
export function takingInParts(
  toHold: readonly Line[],
  held: readonly Line[],
  routed: (id: string) => boolean,
): boolean {
  if (toHold === held) return false;
  const ids = new Set(held.map((line) => line.id));
  return toHold.some((line) => !ids.has(line.id) && routed(line.id));
}

/**
 * The lines the layer leaves to React Flow: `held` (what React Flow holds now), or, while it
 * takes new lines in parts (`mounting`), `previous` (what the layer left it when it last drew)
 * if React Flow still holds all of those.
 */
export function layerHeldOf<L extends readonly Line[]>(
  previous: L | null,
  held: L,
  mounting: boolean,
): L {
  if (!mounting || previous === null || previous === held) return held;
  if (previous.length > held.length) return held;
  const ids = new Set(held.map((line) => line.id));
  return previous.every((line) => ids.has(line.id)) ? previous : held;
}
