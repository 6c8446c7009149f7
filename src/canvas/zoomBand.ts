/**
 * Level of detail: how much of a node and a line is drawn at a zoom. The
 * canvas root carries the band as `data-zoom-band`, and CSS alone hides the
 * small print and enlarges the names, so a zoom that stays in its band
 * re-renders nothing.
 *
 * - `full`: everything (labels, ports, isolation badges, policy marks, the
 *   ports on the lines);
 * - `compact`: names drawn larger, the small print and the line labels
 *   hidden (summary labels stay, larger);
 * - `names`: names only, as large as a card holds.
 */
export type ZoomBand = 'full' | 'compact' | 'names';

/** Below this zoom, 11 px print is under about 7 px on screen: hidden. */
export const COMPACT_BELOW = 0.6;
/** Below this zoom, only names are drawn. */
export const NAMES_BELOW = 0.4;

export function zoomBandOf(zoom: number): ZoomBand {
  if (zoom < NAMES_BELOW) return 'names';
  if (zoom < COMPACT_BELOW) return 'compact';
  return 'full';
}
