import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { Viewport } from '../lessonCamera';

/** Screen pixels (and zoom steps) within which the camera still is where a move put it. */
const SAME_PLACE = 0.5;
const SAME_ZOOM = 1e-4;

function samePlace(a: Viewport, b: Viewport): boolean {
  return (
    Math.abs(a.x - b.x) <= SAME_PLACE &&
    Math.abs(a.y - b.y) <= SAME_PLACE &&
    Math.abs(a.zoom - b.zoom) <= SAME_ZOOM
  );
}

interface Aim {
  /** Where the move put the camera. */
  readonly view: Viewport;
  /** The canvas's size it was made for. */
  readonly width: number;
  readonly height: number;
  /** Makes the move again, for the canvas's size then. */
  readonly again: () => void;
}

export interface CameraAim {
  /**
   * Remembers the camera move the app just made (a whole-design fit, a move to some nodes: Find,
   * Show), which put the camera at `view` for the canvas's size now; `again` makes it again.
   */
  readonly aimed: (view: Viewport, again: () => void) => void;
  /** Forgets it: another camera (a lesson's) has moved the view. */
  readonly forget: () => void;
  /** Whether the camera is still where that move put it (no pan, zoom or other move since). */
  readonly stillAimed: () => boolean;
  /**
   * Makes that move again when the canvas has changed size since and the camera is still where
   * it put it: what the app aimed at stays framed; a camera moved by hand is left alone.
   */
  readonly follow: () => void;
}

/**
 * The app's last camera move, kept aimed while the canvas changes size (`follow`) until anything
 * else moves the camera: the one place that decides whether a view the app framed is framed again.
 */
export function useCameraAim(): CameraAim {
  const flow = useStoreApi();
  const { getViewport } = useReactFlow();
  const last = useRef<Aim | null>(null);
  return useMemo(() => {
    const stillAimed = () => last.current !== null && samePlace(last.current.view, getViewport());
    return {
      aimed: (view, again) => {
        const { width, height } = flow.getState();
        last.current = { view, width, height, again };
      },
      forget: () => {
        last.current = null;
      },
      stillAimed,
      follow: () => {
        const aim = last.current;
        if (aim === null || !stillAimed()) return;
        const { width, height } = flow.getState();
        if (width === aim.width && height === aim.height) return;
        aim.again();
      },
    };
  }, [flow, getViewport]);
}
