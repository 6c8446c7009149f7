/**
 * How a workload's name is set zoomed out to names (`levelOfDetail.css`, `presentation.css`), and
 * whether it fits its card there. The name is read whole, as large as fits: up to 36 px (presented,
 * 40 px where one line holds it), on as many lines as the card holds (two, or three of smaller
 * type), its longest word on one line; never smaller than 14 px, its size zoomed in (a word too long
 * even then is broken where it must be). Lines break between the name's
 * words (`nameWords`), each as wide as the card's font draws it (`nameWidthEm`), so a name is
 * drawn no smaller than its words need (`app-3-|worker-999`: 33 px, beside 36 px neighbours).
 */
import { nameWords } from '../engine';
import { nameWidthEm } from './nameEm';
import { FRAME, INNER_WIDTH, NAME_PX, workloadCardSize } from './workloadCard';
import type { WorkloadCardText } from './workloadCard';

/**
 * The largest a name is drawn: 36 px, and presented 40 px where one line holds it (two lines of
 * 40 px would stand a fifth larger than a neighbour a long word holds to 32.5 px).
 */
const MOST_PX = 36;
const PRESENTED_ONE_LINE_PX = 40;
/** At most three lines of 1.1 em (`-webkit-line-clamp`, `line-height`). */
const MOST_LINES = 3;
const LINE_HEIGHT = 1.1;
/** Its size zoomed in: never drawn smaller to fit. */
const LEAST_PX = NAME_PX;
const STEP_PX = 0.5;

/**
 * How many lines words of these widths (in ems) take at `px` across the card, broken only
 * between them, and a word wider than a line broken across as many as it needs.
 */
function linesAt(wordEms: readonly number[], px: number): number {
  let lines = 1;
  let used = 0;
  for (const em of wordEms) {
    let width = em * px;
    if (used > 0 && used + width > INNER_WIDTH) {
      lines += 1;
      used = 0;
    }
    while (width > INNER_WIDTH) {
      lines += 1;
      width -= INNER_WIDTH;
    }
    used += width;
  }
  return lines;
}

function fitsAt(wordEms: readonly number[], px: number, room: number): boolean {
  const lines = linesAt(wordEms, px);
  return lines <= MOST_LINES && lines * px * LINE_HEIGHT <= room;
}

/** The largest size, from `most` down in steps of `STEP_PX` to `LEAST_PX`, the words fit at. */
function largestFitting(wordEms: readonly number[], most: number, room: number): number {
  if (fitsAt(wordEms, most, room)) return most;
  // A smaller size never takes more lines: search the steps by halves.
  let low = 0;
  let high = Math.floor((most - LEAST_PX) / STEP_PX);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsAt(wordEms, LEAST_PX + mid * STEP_PX, room)) low = mid;
    else high = mid - 1;
  }
  return LEAST_PX + low * STEP_PX;
}

/** The card's name zoomed out to names, at the desk or presented: its size, and whether it fits. */
export interface NamesBandName {
  /** In px (`--nc-names-name`, `--nc-names-present-name`). */
  readonly px: number;
  /**
   * It takes no more lines than are drawn, nor more height than the card has inside its frame:
   * the card needs no clip to keep it inside (`data-name-fits`, `levelOfDetail.css`).
   */
  readonly fits: boolean;
}

export function namesBandName(card: WorkloadCardText, presenting: boolean): NamesBandName {
  const wordEms = nameWords(card.name).map(nameWidthEm);
  const room = workloadCardSize(card).height - FRAME;
  // No word broken in two where a smaller size keeps it on one line (to a tenth of a pixel).
  const wordOnALine = Math.max(
    LEAST_PX,
    Math.floor((10 * INNER_WIDTH) / Math.max(0.01, ...wordEms)) / 10,
  );
  const oneLine = nameWidthEm(card.name) * PRESENTED_ONE_LINE_PX <= INNER_WIDTH;
  const most = presenting && oneLine ? PRESENTED_ONE_LINE_PX : MOST_PX;
  const px = largestFitting(wordEms, Math.min(most, wordOnALine), room);
  return { px, fits: fitsAt(wordEms, px, room) };
}
