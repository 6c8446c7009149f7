import type { FitViewOptions } from '@xyflow/react';

/**
 * The margins a fitted view keeps free, in screen pixels: the palette bar over
 * the top left, the zoom controls and the minimap along the bottom. A fitted
 * design is never drawn under them, and no space is wasted as a fraction of
 * the canvas would (a wide design gets all the width there is).
 */
export const FIT_PADDING = {
  top: '68px',
  right: '16px',
  bottom: '112px',
  left: '16px',
} as const satisfies FitViewOptions['padding'];

/** The minimap's size in screen pixels (small enough to leave the design in view). */
export const MINIMAP_SIZE = { width: 150, height: 96 } as const;
