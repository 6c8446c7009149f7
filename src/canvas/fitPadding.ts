import type { FitViewOptions } from '@xyflow/react';
import type { Insets } from './lessonCamera';
import { COMPACT_BELOW, NAMES_BELOW, PRESENTING_COMPACT_BELOW } from './zoomBand';

/**
 * The margins a fitted view keeps free, in screen pixels: the zoom controls and
 * the minimap along the bottom (the palette is a strip above the canvas). A
 * fitted design is never drawn under them, and no space is wasted as a
 * fraction of the canvas would (a wide design gets all the width there is).
 */
export const FIT_INSETS: Insets = { top: 16, right: 16, bottom: 112, left: 16 };

/** `insets`, and `extra` more on every side, as React Flow's padding of a fit. */
function paddingOf(insets: Insets, extra = 0) {
  return {
    top: `${insets.top + extra}px`,
    right: `${insets.right + extra}px`,
    bottom: `${insets.bottom + extra}px`,
    left: `${insets.left + extra}px`,
  } as const satisfies FitViewOptions['padding'];
}

export const FIT_PADDING = paddingOf(FIT_INSETS);

/**
 * In presentation mode the palette and the minimap are hidden: only the zoom
 * buttons (bottom left) and the Expand all | Collapse all pair (bottom
 * centre) are kept clear of. The pair's top is about 62 px above the canvas's
 * foot: 80 leaves the fitted design as much room above it as at the other
 * sides (68 left the three-tier example's bottom row 6 px above it, touching).
 */
export const PRESENTATION_INSETS: Insets = { top: 20, right: 20, bottom: 80, left: 56 };

/**
 * What every camera of the mode keeps free (the whole-design fit, the Fit view button, a
 * lesson's camera, a move to some nodes, and the smallest zoom worked out within them): what is
 * on screen over the canvas in that mode, no room for what it hides.
 */
export function cameraInsetsOf(presenting: boolean): Insets {
  return presenting ? PRESENTATION_INSETS : FIT_INSETS;
}

/**
 * The shape (width over height) an automatic layout aims for on a canvas of `width` × `height`:
 * that of the part a fitted design is drawn in, within the mode's insets. The whole canvas's
 * shape is narrower (the controls' margin along the bottom is 112 px): aimed at it, the
 * 1,000-workload design's 60 boxes filled 7 columns at 1920×1080, 78 % of the width, where 9 fit.
 */
export function layoutAimOf(width: number, height: number, presenting: boolean): number {
  const insets = cameraInsetsOf(presenting);
  const across = width - insets.left - insets.right;
  const down = height - insets.top - insets.bottom;
  return across > 0 && down > 0 ? across / down : 1.6;
}

/** In presentation mode a small design is drawn larger, for the back of the room. */
const PRESENTED_MAX_ZOOM = 1.4;

/**
 * The whole-design fit of each mode (on request; and the Fit view button's), one object for
 * the page's life each: React Flow copies a `fitViewOptions` prop of a new identity into its
 * store, over the options of a `fitView()` call still waiting for its nodes.
 */
const EDITING_FIT = { padding: FIT_PADDING, maxZoom: 1 } as const;
const PRESENTED_PADDING = paddingOf(PRESENTATION_INSETS);
const PRESENTED_FIT = { padding: PRESENTED_PADDING, maxZoom: PRESENTED_MAX_ZOOM } as const;
/** The Fit view button never goes closer than the design's normal size: Zoom in has steps left. */
const PRESENTED_BUTTON_FIT = { padding: PRESENTED_PADDING, maxZoom: 1 } as const;

export function fitOptionsOf(presenting: boolean): typeof EDITING_FIT | typeof PRESENTED_FIT {
  return presenting ? PRESENTED_FIT : EDITING_FIT;
}

export function fitButtonOptionsOf(
  presenting: boolean,
): typeof EDITING_FIT | typeof PRESENTED_BUTTON_FIT {
  return presenting ? PRESENTED_BUTTON_FIT : EDITING_FIT;
}

/**
 * What stands out of a card (its "selected by policy" mark and findings badge above it, the
 * highlight around it) and a little air: a camera moved to some nodes (Find, Show) keeps this
 * much more than a fit on every side, so that the nodes asked for, a found policy's pods first,
 * are never drawn at the view's very edge, their marks cut.
 */
const FOCUS_ROOM = 40;
const FOCUS_PADDING = paddingOf(FIT_INSETS, FOCUS_ROOM);
const PRESENTED_FOCUS_PADDING = paddingOf(PRESENTATION_INSETS, FOCUS_ROOM);

/** What a move to some nodes keeps free in each mode, in screen pixels (`focusPaddingOf`). */
export function focusInsetsOf(presenting: boolean): Insets {
  const insets = cameraInsetsOf(presenting);
  return {
    top: insets.top + FOCUS_ROOM,
    right: insets.right + FOCUS_ROOM,
    bottom: insets.bottom + FOCUS_ROOM,
    left: insets.left + FOCUS_ROOM,
  };
}

/** Never closer than the design's normal size, and one node fills no more than that. */
export const FOCUS_MAX_ZOOM = 1;
/**
 * Never so far out that only names are left (below, cards lose their ports and labels): in the
 * compact band names are drawn larger, so the two ends of a line across a large design, or a
 * policy's pods in two boxes, still fit in view with their names readable.
 */
export const FOCUS_MIN_ZOOM = NAMES_BELOW;

/**
 * The zoom from which cards are drawn in full in each mode (their ports, badges and policy marks):
 * a move to some nodes frames their namespace's name too only when the nodes stay at least this
 * readable, or as readable as they would be without it (`focusViewport`).
 */
export function focusReadableZoomOf(presenting: boolean): number {
  return presenting ? PRESENTING_COMPACT_BELOW : COMPACT_BELOW;
}

/** The padding of a move to some nodes in each mode, one object each for the page's life. */
export function focusPaddingOf(presenting: boolean): typeof FOCUS_PADDING {
  return presenting ? PRESENTED_FOCUS_PADDING : FOCUS_PADDING;
}

/** The minimap's size in screen pixels (small enough to leave the design in view). */
export const MINIMAP_SIZE = { width: 150, height: 96 } as const;
