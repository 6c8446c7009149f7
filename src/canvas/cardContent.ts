/**
 * What a workload card draws at a zoom band (`zoomBand.ts`). Zoomed out to names on a large
 * design, where the canvas draws the plain lines itself (`lineLayer.ts`), a card is drawn
 * `plain`: its name and, as the colour of its sides, whether it is isolated (ingress on the left,
 * where lines come in; egress on the right), with no shadow, no small print and no dots; and the
 * lines there are drawn solid. On the expanded 1,000-workload design framed at zoom 0.25, where
 * names read, a view holds about 215 cards and 2,700 lines, and software raster of each line's
 * dashes and each card's shadow made every pan, edit and F wait seconds for their frame
 * (`docs/performance-log.md`). A smaller design, a lesson and a picture keep the names band's
 * look.
 */
import type { ZoomBand } from './zoomBand';

/** `full`, `compact` and `names` as the band draws them (`levelOfDetail.css`), or `plain`. */
export type CardContent = ZoomBand | 'plain';

/**
 * The card's content in `band`, `layered` when the canvas draws the plain lines itself
 * (`drawsLinesInLayer`: a large design in the names band, no picture being made).
 */
export function cardContentOf(band: ZoomBand, layered: boolean): CardContent {
  return band === 'names' && layered ? 'plain' : band;
}

/**
 * For a card's `data-isolated`: the directions its workload is isolated for, which a plain card
 * shows as the colour of its sides (`levelOfDetail.css`); none when it is open both ways.
 */
export function isolatedOf(
  ingress: boolean,
  egress: boolean,
): 'both' | 'ingress' | 'egress' | undefined {
  if (ingress && egress) return 'both';
  if (ingress) return 'ingress';
  return egress ? 'egress' : undefined;
}
