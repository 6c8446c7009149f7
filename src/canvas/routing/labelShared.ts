/**
 * A label shared with a line saying the same: a line left with no label anywhere (Online
 * Boutique's checkoutservice → productcatalogservice, "TCP 3550", through the bundle between two
 * rows of cards) that enters the same card as a labelled line saying the same (frontend →
 * productcatalogservice, "TCP 3550"), or leaves the same card, and runs past that line's label
 * within a label's height, is read through that label, as a fan's line is (`labelFans.ts`): the
 * route names it (`fan`), and the line shows its port under the pointer as a fan's line does.
 */
import type { Rect } from '../edges/edgeGeometry';
import type { Point } from './rectGeometry';
import { polylineCrosses, rectAround, rectGrow } from './rectGeometry';
import { labelSizeOf } from './labelPlace';

/** What the rule asks of a line: its ends, its text, its points. */
export interface SharingLine {
  readonly edge: {
    readonly id: string;
    readonly label: string | null;
    readonly labelScale?: number;
  };
  readonly s: { readonly id: string };
  readonly t: { readonly id: string };
  readonly points: readonly Point[];
}

/** Where a line's own label is, or null for none (a fan's line other than the one labelled). */
export type OwnLabelOf = (id: string) => Point | null;

/** The box round a label within which a line running past reads it as its own too. */
function readingBox(line: SharingLine, label: Point): Rect {
  const size = labelSizeOf(line.edge.label ?? '', line.edge.labelScale);
  return rectGrow(rectAround(label, size.width, size.height), size.height);
}

/**
 * The id of the line whose label `line` shares, or null: a line with its own label, saying the
 * same as `line`, into the same card or out of the same one, whose label `line` runs past.
 */
export function sharedLabelLine(
  line: SharingLine,
  lines: readonly SharingLine[],
  ownLabelOf: OwnLabelOf,
): string | null {
  if (line.edge.label === null) return null;
  for (const other of lines) {
    if (other === line || other.edge.label !== line.edge.label) continue;
    if (other.t.id !== line.t.id && other.s.id !== line.s.id) continue;
    const label = ownLabelOf(other.edge.id);
    if (label !== null && polylineCrosses(line.points, readingBox(other, label))) {
      return other.edge.id;
    }
  }
  return null;
}
