import { useEffect, useState } from 'react';
import { legPoint } from './walkGeometry';
import type { Point, WalkLeg } from './walkGeometry';
import { useReducedMotion } from './useReducedMotion';

/** How long a leg takes, in milliseconds. */
const LEG_MS = 1100;

export interface PacketMotion {
  readonly point: Point;
  /** The packet has reached the stop (its check can be shown). */
  readonly arrived: boolean;
}

/**
 * Moves the packet along `leg` (requestAnimationFrame) each time `runKey`
 * changes; with reduced motion it is at the stop at once. The leg is read on
 * every frame, so a node dragged meanwhile is followed.
 */
export function usePacketMotion(leg: WalkLeg, runKey: string): PacketMotion {
  const reduced = useReducedMotion();
  const [progress, setProgress] = useState({ key: runKey, t: 0 });
  useEffect(() => {
    if (reduced) return undefined;
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / LEG_MS);
      setProgress({ key: runKey, t });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [runKey, reduced]);
  const t = reduced ? 1 : progress.key === runKey ? progress.t : 0;
  return { point: legPoint(leg, t), arrived: t >= 1 };
}
