import type { FitViewOptions } from '@xyflow/react';
import type { Insets } from './lessonCamera';

/**
 * The margins a fitted view keeps free, in screen pixels: the zoom controls and
 * the minimap along the bottom (the palette is a strip above the canvas). A
 * fitted design is never drawn under them, and no space is wasted as a
 * fraction of the canvas would (a wide design gets all the width there is).
 */
export const FIT_INSETS: Insets = { top: 16, right: 16, bottom: 112, left: 16 };

export const FIT_PADDING = {
  top: `${FIT_INSETS.top}px`,
  right: `${FIT_INSETS.right}px`,
  bottom: `${FIT_INSETS.bottom}px`,
  left: `${FIT_INSETS.left}px`,
} as const satisfies FitViewOptions['padding'];

/**
 * What stands out of a card (its "selected by policy" mark and findings badge above it, the
 * highlight around it) and a little air: a camera moved to some nodes (Find, Show) keeps this
 * much more than a fit on every side, so that the nodes asked for, a found policy's pods first,
 * are never drawn at the view's very edge, their marks cut.
 */
const FOCUS_ROOM = 40;

export const FOCUS_PADDING = {
  top: `${FIT_INSETS.top + FOCUS_ROOM}px`,
  right: `${FIT_INSETS.right + FOCUS_ROOM}px`,
  bottom: `${FIT_INSETS.bottom + FOCUS_ROOM}px`,
  left: `${FIT_INSETS.left + FOCUS_ROOM}px`,
} as const satisfies FitViewOptions['padding'];

/**
 * In presentation mode the palette and the minimap are hidden: only the zoom
 * buttons (bottom left) and the Expand all | Collapse all pair (bottom
 * centre) are kept clear of.
 */
export const PRESENTATION_INSETS: Insets = { top: 20, right: 20, bottom: 68, left: 56 };

/**
 * What every camera of the mode keeps free, side by side the widest: the whole-design fit and
 * the Fit view button keep `FIT_INSETS` in both modes, a lesson's camera `PRESENTATION_INSETS`
 * while presenting. The smallest zoom is worked out within these, so that it stops none of them
 * short (a tall design presented, cut at its top and bottom).
 */
export function cameraInsetsOf(presenting: boolean): Insets {
  if (!presenting) return FIT_INSETS;
  return {
    top: Math.max(FIT_INSETS.top, PRESENTATION_INSETS.top),
    right: Math.max(FIT_INSETS.right, PRESENTATION_INSETS.right),
    bottom: Math.max(FIT_INSETS.bottom, PRESENTATION_INSETS.bottom),
    left: Math.max(FIT_INSETS.left, PRESENTATION_INSETS.left),
  };
}

/** The minimap's size in screen pixels (small enough to leave the design in view). */
export const MINIMAP_SIZE = { width: 150, height: 96 } as const;
