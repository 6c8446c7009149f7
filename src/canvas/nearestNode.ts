/** Arrow keys on the canvas: which node lies nearest in a direction. Pure geometry. */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** A node's box in flow coordinates (React Flow's absolute position and measured size). */
export interface NodeBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The direction of an arrow key, or null for any other key. */
export function directionOfKey(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

/** Sideways distance weighs more than distance ahead, so "right" prefers the same row. */
const SIDEWAYS_WEIGHT = 2;

/**
 * The node nearest to `from` in `direction`, or null when none lies that way.
 * Measured between box centres; a node counts when its centre is ahead and
 * within 45° either side, the rest only when nothing is in that cone. Among
 * them the one with the least `ahead + 2 × sideways` wins.
 */
export function nearestNode(
  from: NodeBox,
  boxes: readonly NodeBox[],
  direction: Direction,
): string | null {
  const cx = from.x + from.width / 2;
  const cy = from.y + from.height / 2;
  let best: { id: string; cone: boolean; score: number } | null = null;
  for (const box of boxes) {
    if (box.id === from.id) continue;
    const dx = box.x + box.width / 2 - cx;
    const dy = box.y + box.height / 2 - cy;
    const horizontal = direction === 'left' || direction === 'right';
    const sign = direction === 'left' || direction === 'up' ? -1 : 1;
    const ahead = (horizontal ? dx : dy) * sign;
    const sideways = Math.abs(horizontal ? dy : dx);
    if (ahead <= 0) continue;
    const cone = sideways <= ahead;
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (best === null || (cone && !best.cone) || (cone === best.cone && score < best.score)) {
      best = { id: box.id, cone, score };
    }
  }
  return best?.id ?? null;
}
