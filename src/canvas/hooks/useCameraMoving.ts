import { useCallback, useRef } from 'react';

/** The attribute the canvas carries while its camera moves (a pan, a zoom, an animated fit). */
export const MOVING_ATTRIBUTE = 'data-camera-moving';

/**
 * Marks the React Flow wrapper while the camera moves, so that the stylesheet
 * can hand the whole drawing to the compositor for the move (`will-change:
 * transform` on the viewport): a pan then moves what was painted instead of
 * repainting every card and line at each step, and the drawing is painted
 * afresh, sharp at the new zoom, once the move ends. An attribute set on the
 * element, not React state: a move re-renders nothing.
 */
export function useCameraMoving() {
  const ref = useRef<HTMLDivElement>(null);
  const onMoveStart = useCallback(() => {
    ref.current?.setAttribute(MOVING_ATTRIBUTE, 'true');
  }, []);
  const onMoveEnd = useCallback(() => {
    ref.current?.removeAttribute(MOVING_ATTRIBUTE);
  }, []);
  return { ref, onMoveStart, onMoveEnd };
}
