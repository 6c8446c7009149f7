/**
 * The label of a line of the workload the user picked (or focused with F) that found no spot in
 * its turn (`labelSpot`): "who can reach redis-cart, and on what port?" is read from those lines,
 * and in Online Boutique cartservice → redis-cart had none (lines with other ports alongside it,
 * or two cards 40 px apart with no room off them). It is tried after every other line's label
 * has its place, so that no other label moves for it (a lesson step's lines keep theirs): on its
 * own line over the lines alongside (drawn thick, the line says whose label it is), in its whole
 * text, then its shorter one, then each in two lines (`labelFormsOf`); then beside its line, off
 * the cards; then beside the end where it enters its card (`labelAtEnd`). A label never lies on a
 * card: with none of those free, the workload's line has no label on the canvas (the Inspector
 * lists each of its peers with their ports; under the pointer it shows), as held-200's picked
 * cache-136 had one lying over app-2-worker-180. Only the line picked itself (a click, the
 * matrix's "Show on canvas": it wears a halo), what the user asked to see, lies over the cards
 * then, where it covers the least (`labelOverCards`), drawn above them.
 */
import { formFlagsOf, formSizeOf, labelFormsOf } from './labelForms';
import type { LabelFormFlags } from './labelForms';
import type { EndedLine, LabelBoard, LabelRoom } from './labelPlace';
import { labelBesideEnds, labelOverCards, labelSpot } from './labelPlace';
import type { Point } from './rectGeometry';

/** What the router knows of the line: its texts, their scale, and its shift (a two-way pair's). */
interface PickedLine {
  readonly label: string | null;
  readonly shortLabel?: string;
  readonly labelScale?: number;
  readonly halo?: number;
  readonly offset: number;
}

/**
 * Where it goes: its centre; in which text (`labelFormsOf`: shorter, in two lines); whether over
 * cards (drawn above them).
 */
export interface PickedSpot extends LabelFormFlags {
  readonly label: Point;
  readonly over?: true;
}

/**
 * The spot of `line`'s label, or null when none is left; the chosen box joins the board. `ends`:
 * the line's ends on their nodes, and the board of every line's ends (`labelBesideEnds`).
 */
export function pickedLabelSpot(
  points: readonly Point[],
  line: PickedLine,
  { grid, board, design, names }: LabelRoom,
  ends?: { readonly line: EndedLine; readonly board: LabelBoard },
): PickedSpot | null {
  const forms = labelFormsOf(line).map((form) => ({
    flags: formFlagsOf(form),
    size: formSizeOf(form, line),
  }));
  // With no line to keep off, `labelSpot` tries the line itself only.
  const onLines = { grid, board, design, ...(names === undefined ? {} : { names }) };
  for (const { flags, size } of forms) {
    const label = labelSpot(points, size, onLines, line.offset !== 0);
    if (label !== null) return { label, ...flags };
  }
  // Then beside its line, just clear of it, whatever runs alongside (its thick line says whose):
  // a line just under a row of cards had its label over their edge (held-200, "all ports").
  const beside = { ...onLines, alongside: () => false };
  for (const { flags, size } of forms) {
    const label = labelSpot(points, size, beside, line.offset !== 0);
    if (label !== null) return { label, ...flags };
  }
  if (ends !== undefined) {
    for (const { flags, size } of forms) {
      const label = labelBesideEnds(ends.line, size, onLines, ends.board);
      if (label !== null) return { label, ...flags };
    }
  }
  // The line picked itself wears a halo (`RouteEdge.halo`).
  for (const { flags, size } of line.halo === undefined ? [] : forms) {
    const label = labelOverCards(points, size, onLines);
    if (label !== null) return { label, ...flags, over: true };
  }
  return null;
}
