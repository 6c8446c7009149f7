/**
 * Level of detail: how much of a node and a line is drawn at a zoom. The
 * canvas root carries the band as `data-zoom-band`, and CSS alone hides the
 * small print and enlarges the names, so a zoom that stays in its band
 * re-renders nothing.
 *
 * - `full`: everything (labels, ports, isolation badges, policy marks, the
 *   ports on the lines);
 * - `compact`: names drawn larger, the small print hidden, the line labels
 *   larger (20 px);
 * - `names`: names only, as large as a card holds.
 *
 * In presentation mode the type is larger (`presentation.css`) and the bands
 * change sooner, so that a workload's name is at least 18 px on screen from
 * zoom 0.6 (0.45 in the `names` band).
 */
export type ZoomBand = 'full' | 'compact' | 'names';

/** Below this zoom, 11 px print is under about 7 px on screen: hidden. */
export const COMPACT_BELOW = 0.6;
/** Below this zoom, only names are drawn. */
export const NAMES_BELOW = 0.4;

/** In presentation: below this zoom, 20 px names would be under 18 px: names grow to 30 px. */
export const PRESENTING_COMPACT_BELOW = 0.9;
/** In presentation: below this zoom, 30 px names would be under 18 px: only names, at 40 px. */
export const PRESENTING_NAMES_BELOW = 0.6;

/** The zoom below which only names are drawn, in the mode: the farthest out lines' labels show. */
export function namesBelowOf(presenting: boolean): number {
  return presenting ? PRESENTING_NAMES_BELOW : NAMES_BELOW;
}

/**
 * Presented, the lines keep their labels in the names band down to this zoom: their 20 px
 * (`labelScaleOf`) is 9 px on screen there. Online Boutique presented at 1280×720 is fitted at
 * 0.54, in the names band: it drew names only, and "frontend → checkoutservice on which port?"
 * had no answer in the room.
 */
export const PRESENTING_LABELS_FROM = 0.45;

/**
 * Whether the lines' labels are drawn at `zoom` in the names band (`data-names-labels`): presented,
 * from `PRESENTING_LABELS_FROM`; at the desk never (below 0.4, 20 px is under 8 px on screen).
 */
export function namesBandLabelsOf(zoom: number, presenting: boolean): boolean {
  return presenting && zoom >= PRESENTING_LABELS_FROM && zoomBandOf(zoom, true) === 'names';
}

export function zoomBandOf(zoom: number, presenting = false): ZoomBand {
  if (zoom < namesBelowOf(presenting)) return 'names';
  if (zoom < (presenting ? PRESENTING_COMPACT_BELOW : COMPACT_BELOW)) return 'compact';
  return 'full';
}

/**
 * How much larger than at the desk (11 px) a line's label is drawn, in the
 * band and mode, so that the router keeps the larger label off the cards: 20 px
 * in the compact band, at the desk, in a lesson and presented alike
 * (`levelOfDetail.css`), at least 9 px on screen where a fitted design sits in
 * it (Online Boutique at 1280×720, zoom 0.47), so that the fitted view says
 * which port a line carries; presented, 15 px in the full band. In the names
 * band, where no label shows, as in the compact band: zooming in from a fitted
 * large design routes its lines again only on reaching the full band.
 */
export function labelScaleOf(band: ZoomBand, presenting: boolean, large = false): number {
  if (band !== 'full') return 20 / 11;
  return presenting || large ? 15 / 11 : 1;
}

/**
 * At the desk, below this zoom of the full band, 11 px labels are under 9 px on screen: they are
 * drawn 15 px (`data-large-labels`, `labelScaleOf`), at least 9 px down to the compact band's
 * 0.6. The three-tier lesson's step 4 at 1440×900 (zoom 0.64) said "TCP 5000" in 7 px.
 */
export const LARGE_LABELS_BELOW = 9 / 11;

/** Whether the lines' labels are drawn 15 px at `zoom`: at the desk, low in the full band. */
export function largeLabelsOf(zoom: number, presenting: boolean): boolean {
  return !presenting && zoom < LARGE_LABELS_BELOW && zoomBandOf(zoom) === 'full';
}

/**
 * How much larger than 11 px the picked line's label is drawn: at the desk in the compact band,
 * as large as the names (24 px, `levelOfDetail.css`), where a Show or a peer of the Inspector
 * leaves the camera far out, so that it stands out of the others; elsewhere (a lesson's few
 * lines) as the others.
 */
export function pickedLabelScaleOf(
  band: ZoomBand,
  presenting: boolean,
  inLesson = false,
  large = false,
): number {
  return band === 'compact' && !presenting && !inLesson
    ? 24 / 11
    : labelScaleOf(band, presenting, large);
}

/** A namespace's name size in each band, at the desk and presented (`levelOfDetail.css`, `presentation.css`). */
const NAMESPACE_NAME: Record<ZoomBand, readonly [desk: number, presenting: number]> = {
  full: [16, 22],
  compact: [28, 32],
  names: [40, 44],
};

/**
 * How tall an open namespace box's header (its name on one line, with its
 * padding: `.nc-namespace-head`) is drawn in the band and mode, in flow
 * pixels: line labels keep off it, so the name and its badges stay readable.
 */
export function namespaceHeaderHeightOf(band: ZoomBand, presenting: boolean): number {
  const [desk, presented] = NAMESPACE_NAME[band];
  const name = presenting ? presented : desk;
  return band === 'names' ? Math.ceil(name * 1.1 + 8) : Math.ceil(name * 1.3 + 20);
}
