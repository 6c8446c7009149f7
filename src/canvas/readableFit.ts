/**
 * The app's own fit of the whole design at the desk (after Expand all, an import, Re-layout,
 * leaving presentation) when the design shows workload cards: never so far out that their names
 * cannot be read. Expand all on 850 or
 * 1,000 workloads fitted whole at zoom 0.10–0.13, where a card's name (36 px at most, zoomed out
 * to names: `namesBandName.ts`) is 3 to 5 px on screen: nothing read, and every card was drawn
 * for nothing. Fit view (the button) and zooming out still show the whole design (`minZoom.ts`).
 */
import type { Box } from './canvasGeometry';
import type { CameraFrame, Viewport } from './lessonCamera';
import { freeArea } from './lessonCamera';
import { LEGIBLE_NAME_PX } from './minZoom';
import { NAMES_BAND_MOST_PX } from './namesBandName';

/** The zoom from which the cards' names, zoomed out to names, are read (9 px of 36). */
export const READABLE_CARDS_ZOOM = LEGIBLE_NAME_PX / NAMES_BAND_MOST_PX;

/**
 * `fit` (the whole `design` framed), or, when it draws cards' names too small to read, the
 * design at `READABLE_CARDS_ZOOM` from its top-left corner (where it starts: the first
 * namespaces, kube-system first), centred along a side it fits.
 */
export function readableFit(
  fit: Viewport,
  design: Box,
  frame: CameraFrame,
  showsCards: boolean,
): Viewport {
  if (!showsCards || fit.zoom >= READABLE_CARDS_ZOOM) return fit;
  const zoom = READABLE_CARDS_ZOOM;
  const free = freeArea(frame);
  const along = (start: number, room: number, from: number, length: number) =>
    length * zoom <= room ? start + (room - length * zoom) / 2 - from * zoom : start - from * zoom;
  return {
    x: along(free.x, free.width, design.x, design.width),
    y: along(free.y, free.height, design.y, design.height),
    zoom,
  };
}
