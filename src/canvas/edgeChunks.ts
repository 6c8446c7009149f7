/**
 * Which lines React Flow mounts now. A pick in a large design adds hundreds
 * of lines at once (an isolated workload's paths to every other workload);
 * mounted in one task they freeze the page for a few hundred milliseconds on
 * a busy machine. Lines already drawn stay; new lines are drawn once their
 * route is known (a line without one draws nothing) and at most `perFrame`
 * of them at a time, the rest after the next paint, in the order given.
 */

/** How many new lines are mounted between two paints. */
export const LINES_PER_FRAME = 60;

export interface LinesToMount<E> {
  /** The lines to hand React Flow, in the order given: `lines` itself when all are drawn. */
  readonly mount: E[];
  /** New lines with a route that wait for a later frame. */
  readonly waiting: number;
}

export function linesToMount<E extends { readonly id: string }>(
  lines: E[],
  drawn: ReadonlySet<string>,
  routed: (id: string) => boolean,
  perFrame: number = LINES_PER_FRAME,
): LinesToMount<E> {
  const fresh = lines.filter((l) => !drawn.has(l.id) && routed(l.id));
  const now = new Set(fresh.slice(0, perFrame).map((l) => l.id));
  const mount = lines.filter((l) => drawn.has(l.id) || now.has(l.id));
  return {
    mount: mount.length === lines.length ? lines : mount,
    waiting: fresh.length - now.size,
  };
}
