/**
 * Where the veil of a focus lets the pointer through. The veil lies over the whole drawing,
 * `VEIL_REACH` flow pixels beyond its origin each way (`.nc-focus-veil`, canvas.css), and takes
 * the pointer from all it covers; a lit opened namespace's box stays under it (React Flow draws
 * the cards a box holds above the box, so the box cannot rise above the veil without its dimmed
 * cards), so the veil leaves a hole over its header, where its name and Collapse take the pointer.
 */

/** How far the veil reaches from the drawing's origin each way, in flow pixels. */
export const VEIL_REACH = 100_000;

/** How far above its box a header's badges reach (the findings' mark sits on the box's edge). */
const BADGE_RISE = 12;

/** A box, in flow pixels. */
export interface BoxRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/**
 * The first of `boxes` (ids with their rectangles, in flow pixels) that holds `point`: a click on
 * the veil over a lit opened box picks the box, as a click on it would without a veil.
 */
export function boxAt(
  point: { readonly x: number; readonly y: number },
  boxes: readonly (BoxRect & { readonly id: string; readonly height: number })[],
): string | null {
  const hit = boxes.find(
    (b) =>
      point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height,
  );
  return hit?.id ?? null;
}

/**
 * The veil's clip path: the whole veil but a hole over each box's header (`headHeight` tall, its
 * badges above it included); undefined when there is no hole to make.
 */
export function veilClipPath(boxes: readonly BoxRect[], headHeight: number): string | undefined {
  if (boxes.length === 0) return undefined;
  const side = 2 * VEIL_REACH;
  const holes = boxes.map((b) => {
    const [x, y] = [b.x + VEIL_REACH, b.y + VEIL_REACH - BADGE_RISE];
    return `M${String(x)} ${String(y)}h${String(b.width)}v${String(headHeight + BADGE_RISE)}h${String(-b.width)}Z`;
  });
  return `path(evenodd, 'M0 0H${String(side)}V${String(side)}H0Z${holes.join('')}')`;
}
