/**
 * Far cards: on a large design, a card away from the view is drawn empty (its box, its name for
 * screen readers and its place in the keyboard order stay; its text, badges and dots go), so
 * that a move of the camera to a few cards (F, Find, Show) restyles, lays out and paints those
 * cards, not the whole design. React Flow's `onlyRenderVisibleElements` would take the far
 * cards out of the page instead, which the keyboard order, the picture of the whole design and
 * a zoom back out (mounting every card again at once) cannot afford.
 */
import type { ZoomBand } from './zoomBand';

/**
 * From how many cards (workloads and endpoints) drawn the far ones are drawn empty. A change of
 * zoom band restyles and lays out every card not empty: F from the fitted 200-workload design
 * (210 cards) to a workload of few peers goes from the `names` band to `full` at zoom 0.87, and
 * that frame restyled 5,300 elements, 10 cards' worth of them in view (`docs/performance-log.md`).
 */
export const FAR_CARDS_FROM = 150;

/**
 * How far around the view, in screen pixels, cards are still drawn in full: a little, as cards
 * are marked at each move of the camera before the frame that draws it, so none in view is ever
 * empty. Each card drawn in full is restyled when the zoom band changes: with 400 px, F on the
 * expanded 1,000-workload design restyled about 270 cards for the compact band, where about 100
 * show (`docs/performance-log.md`).
 */
export const NEAR_MARGIN_PX = 100;

/**
 * How many cards are drawn empty in one frame, at most: each costs its frame about 0.1 ms of
 * style on two busy cores, and F on the expanded 1,000-workload design, its camera zooming in from
 * the whole design, empties 800 to 900 cards at once (`docs/performance-log.md`).
 */
export const FAR_PER_FRAME = 100;

/**
 * The zoom band the canvas shows (`zoomBand.ts`): the camera's, once no card waits to be drawn
 * empty; until then the band shown before, as a change of band restyles every card not yet
 * empty (12 elements each) where emptying it restyles one or two.
 */
export function bandShownOf(band: ZoomBand, shown: ZoomBand, waiting: number): ZoomBand {
  return waiting > 0 ? shown : band;
}

/** The React Flow node types drawn empty when far (namespace boxes stay whole). */
export const FAR_CARD_TYPES: ReadonlySet<string> = new Set(['workload', 'external', 'virtual']);

/** A card's place in the flow, as React Flow holds it. */
export interface CardBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The camera (React Flow's transform: `[x, y, zoom]`) and the canvas's size. */
export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** What the camera shows, widened by `margin` screen pixels on each side, in flow coordinates. */
export function viewAreaOf(view: CameraView, margin = 0): CardBox {
  const left = (-view.x - margin) / view.zoom;
  const top = (-view.y - margin) / view.zoom;
  return {
    x: left,
    y: top,
    width: (view.width - view.x + margin) / view.zoom - left,
    height: (view.height - view.y + margin) / view.zoom - top,
  };
}

/** Whether the card lies within the view widened by `margin` screen pixels on each side. */
export function isCardNear(card: CardBox, view: CameraView, margin = NEAR_MARGIN_PX): boolean {
  const area = viewAreaOf(view, margin);
  return (
    card.x < area.x + area.width &&
    card.x + card.width > area.x &&
    card.y < area.y + area.height &&
    card.y + card.height > area.y
  );
}

/** Whether `nodes` hold at least `count` cards (workloads and endpoints; boxes do not count). */
export function holdsCards(nodes: readonly { readonly type?: string }[], count: number): boolean {
  let cards = 0;
  for (const node of nodes) {
    if (node.type !== undefined && FAR_CARD_TYPES.has(node.type) && ++cards >= count) {
      return true;
    }
  }
  return false;
}

/** Whether a canvas drawing `nodes` draws its far cards empty: it holds enough cards. */
export function drawsFarCardsEmpty(nodes: readonly { readonly type?: string }[]): boolean {
  return holdsCards(nodes, FAR_CARDS_FROM);
}
