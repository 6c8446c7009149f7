/**
 * The width of one character of a name drawn on a card (an IP block's card; a workload's at full
 * zoom), in ems: bold system sans measured in Chromium, 0.59 to 0.66 em for DNS names of letters,
 * digits and hyphens, digits 0.64 (dots and slashes narrower). Cards are sized by it, and the
 * stylesheet draws a name no larger than the room it gives (`--nc-name-ems`). A namespace's name
 * and a workload's at the names band are measured character by character (`nameWidthEm`).
 */
export const NAME_EM = 0.68;

/**
 * The width of each character of a workload's or a namespace's name as its card or box draws it
 * (bold system sans, 650 and 700: one bold face), in ems: DejaVu Sans Bold, what Chromium draws
 * on Debian, measured there and rounded up to a hundredth. It is the widest of the system sans
 * faces (Segoe UI, San Francisco and Roboto draw narrower), so a name sized by it is never wider
 * than its card.
 */
const NAME_CHAR_EM: ReadonlyMap<string, number> = new Map(
  (
    [
      ['0123456789', 0.7],
      ['bdghnpqu', 0.72],
      ['ae', 0.68],
      ['o', 0.69],
      ['k', 0.67],
      ['vy', 0.66],
      ['x', 0.65],
      ['cs', 0.6],
      ['z', 0.59],
      ['r_', 0.5],
      ['t', 0.48],
      ['f', 0.44],
      ['-', 0.42],
      [':', 0.4],
      ['.,IJ', 0.38],
      ['/', 0.37],
      ['ijl ', 0.35],
      ['m', 1.05],
      ['w', 0.93],
      ['W', 1.11],
      ['M', 1],
      ['OQ', 0.86],
      ['DHN=', 0.84],
      ['G', 0.83],
      ['U', 0.82],
      ['AKRVX', 0.78],
      ['B', 0.77],
      ['CP', 0.74],
      ['SYZ', 0.73],
      ['EFT', 0.69],
      ['L', 0.64],
    ] as const
  ).flatMap(([chars, em]) => Array.from(chars, (char) => [char, em] as const)),
);
/** A character the table does not hold: as wide as its widest. */
const WIDEST_CHAR_EM = 1.11;

/** How wide `text` is drawn as a workload's or a namespace's name, in ems (`NAME_CHAR_EM`). */
export function nameWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += NAME_CHAR_EM.get(char) ?? WIDEST_CHAR_EM;
  return width;
}
