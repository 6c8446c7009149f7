import type { LayoutRequest } from '../editorState';

/** What tells whether a layout waits: the latest request and the latest one answered. */
export interface LayoutAsked {
  readonly layoutRequest?: LayoutRequest | null;
  readonly layoutDone?: number;
}

/** Whether the latest automatic layout asked for has not answered yet (the canvas lays it out). */
export function selectLayoutPending(s: LayoutAsked): boolean {
  return (s.layoutRequest?.id ?? 0) > (s.layoutDone ?? 0);
}

/**
 * Whether the design on show waits for the automatic layout to place nodes that have no place
 * (an opened file): until it answers, they are not drawn, so the user has not seen them yet.
 */
export function awaitsPlaces(s: LayoutAsked): boolean {
  return selectLayoutPending(s) && s.layoutRequest?.scope === 'unplaced';
}
