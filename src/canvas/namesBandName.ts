/**
 * How a workload's name is set zoomed out to names (`levelOfDetail.css`, `presentation.css`), and
 * whether it fits its card there. The name is read whole: as large as two lines of the card hold
 * it without breaking a word, else on up to three smaller lines, as large as its longest word fits
 * a line (down to 14 px, its size zoomed in; a word too long even then is broken where it must
 * be). The widths are the card's 214 px at 0.68 em a character for one line (312px), and at 0.65
 * em, 85 % filled, for two and three lines (554px, 831px). Those fill a line by the name's length;
 * where its words break into one line more than the card holds (`app-3-|worker-999` at 34 px), the
 * name is drawn smaller until it fits.
 */
import { longestWordLength, nameWords } from './nodes/nameWords';
import { NAME_EM } from './nameEm';
import { FRAME, INNER_WIDTH, NAME_PX, NAME_TWO_LINES, workloadCardSize } from './workloadCard';
import type { WorkloadCardText } from './workloadCard';

const ONE_LINE = 312;
const THREE_LINES = 831;
/** At most three lines of 1.1 em (`-webkit-line-clamp`, `line-height`). */
const MOST_LINES = 3;
const LINE_HEIGHT = 1.1;
/** Its size zoomed in: never drawn smaller to fit. */
const LEAST_PX = NAME_PX;
const STEP_PX = 0.5;

/** The size by the name's length and longest word: 36 px at most at the desk, 40 px presented. */
function sizeByLength(name: string, presenting: boolean): number {
  const length = Math.max(1, name.length);
  const word = Math.max(1, longestWordLength(name));
  const large = presenting
    ? Math.min(40, ONE_LINE / length)
    : Math.min(36, ONE_LINE / word, NAME_TWO_LINES / length);
  const smaller = Math.min(28, THREE_LINES / length, Math.max(LEAST_PX, ONE_LINE / word));
  return Math.max(large, smaller);
}

/**
 * How many lines words of these lengths take at `px` across the card, broken only between them
 * (`nameWords`), each character `NAME_EM` wide (wider than Chromium draws a DNS name), and a word
 * wider than a line broken across as many as it needs.
 */
function linesAt(wordLengths: readonly number[], px: number): number {
  let lines = 1;
  let used = 0;
  for (const length of wordLengths) {
    let width = length * NAME_EM * px;
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

function fitsAt(wordLengths: readonly number[], px: number, room: number): boolean {
  const lines = linesAt(wordLengths, px);
  return lines <= MOST_LINES && lines * px * LINE_HEIGHT <= room;
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
  const wordLengths = nameWords(card.name).map((word) => word.length);
  const room = workloadCardSize(card).height - FRAME;
  let px = sizeByLength(card.name, presenting);
  const least = Math.min(px, LEAST_PX);
  while (px - STEP_PX >= least && !fitsAt(wordLengths, px, room)) px -= STEP_PX;
  return { px, fits: fitsAt(wordLengths, px, room) };
}
