/**
 * The label of a line of the workload the user picked (or focused with F) that found no spot in
 * its turn (`labelSpot`): "who can reach redis-cart, and on what port?" is read from those lines,
 * and in Online Boutique cartservice → redis-cart had none (lines with other ports alongside it,
 * or two cards 40 px apart with no room off them). It is tried after every other line's label
 * has its place, so that no other label moves for it (a lesson step's lines keep theirs): on its
 * own line over the lines alongside (drawn thick, the line says whose label it is), in its whole
 * text, then its shorter one; else over the cards where it covers the least (`labelOverCards`),
 * drawn above them.
 */
import type { LabelRoom } from './labelPlace';
import { labelOverCards, labelSizeOf, labelSpot } from './labelPlace';
import type { Point } from './rectGeometry';

/** What the router knows of the line: its texts, their scale, and its shift (a two-way pair's). */
interface PickedLine {
  readonly label: string | null;
  readonly shortLabel?: string;
  readonly labelScale?: number;
  readonly offset: number;
}

/** Where it goes: its centre, whether in its shorter text, whether over cards (drawn above them). */
export interface PickedSpot {
  readonly label: Point;
  readonly short?: true;
  readonly over?: true;
}

/** The spot of `line`'s label, or null when none is left; the chosen box joins the board. */
export function pickedLabelSpot(
  points: readonly Point[],
  line: PickedLine,
  { grid, board, design, names }: LabelRoom,
): PickedSpot | null {
  const texts = [line.label, line.shortLabel].flatMap((t) => (t == null ? [] : [t]));
  const sizes = texts.map((t) => labelSizeOf(t, line.labelScale));
  // With no line to keep off, `labelSpot` tries the line itself only.
  const onLines = { grid, board, design, ...(names === undefined ? {} : { names }) };
  for (const [i, size] of sizes.entries()) {
    const label = labelSpot(points, size, onLines, line.offset !== 0);
    if (label !== null) return i === 0 ? { label } : { label, short: true };
  }
  for (const [i, size] of sizes.entries()) {
    const label = labelOverCards(points, size, onLines);
    if (label !== null) return i === 0 ? { label, over: true } : { label, short: true, over: true };
  }
  return null;
}
