/**
 * The texts a line's label is tried in, in turn, until one finds a spot: its whole text, its
 * shorter one (`shortLabel`), then each in two lines (`stackedTextOf`), narrow enough for a short
 * line between two cards in neighbouring columns. A label placed today in one of the first keeps
 * its place: the stacked forms only give a label to a line that had none.
 */
import type { LabelSize } from './labelPlace';
import { labelSizeOf, stackedTextOf } from './labelPlace';
import type { Point } from './rectGeometry';

/** What the router knows of a line's label: its text and shorter text, their scale and halo. */
export interface LabelTexts {
  readonly label: string | null;
  readonly shortLabel?: string;
  readonly labelScale?: number;
  /** How far the label's halo reaches round its box (`RouteEdge.halo`), in px. */
  readonly halo?: number;
}

/** A text to try, and how it is drawn: shorter (`short`), in two lines (`stacked`). */
export interface LabelForm {
  readonly text: string;
  readonly short?: true;
  readonly stacked?: true;
}

/** How the form found is drawn, as a route says it (`EdgeRoute.short`, `.stacked`). */
export type LabelFormFlags = Omit<LabelForm, 'text'>;

export function labelFormsOf({ label, shortLabel }: LabelTexts): LabelForm[] {
  const lines: LabelForm[] = [];
  if (label !== null) lines.push({ text: label });
  if (shortLabel !== undefined) lines.push({ text: shortLabel, short: true });
  const stacked = lines.flatMap((form) => {
    const text = stackedTextOf(form.text);
    return text === null ? [] : [{ ...form, text, stacked: true as const }];
  });
  return [...lines, ...stacked];
}

/** A form's flags alone, for the route. */
export function formFlagsOf({ short, stacked }: LabelForm): LabelFormFlags {
  return { ...(short === true ? { short } : {}), ...(stacked === true ? { stacked } : {}) };
}

/** The room `form` of `line`'s label takes: its box, and its halo round it. */
export function formSizeOf(form: LabelForm, line: LabelTexts): LabelSize {
  const size = labelSizeOf(form.text, line.labelScale);
  const halo = line.halo ?? 0;
  return { width: size.width + 2 * halo, height: size.height + 2 * halo };
}

/** Where a label goes, and in which form. */
export interface FormSpot {
  readonly label: Point;
  readonly flags: LabelFormFlags;
}

/** The spot of the first of `line`'s label's forms (`labelFormsOf`) that `spotOf` finds one for. */
export function firstFormSpot(
  line: LabelTexts,
  spotOf: (size: LabelSize) => Point | null,
): FormSpot | null {
  for (const form of labelFormsOf(line)) {
    const label = spotOf(formSizeOf(form, line));
    if (label !== null) return { label, flags: formFlagsOf(form) };
  }
  return null;
}
