import { plural } from '../../engine';
import type { Doc } from '../../model';
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

/**
 * What the canvas and the status line say while an opened design waits for its places
 * (`awaitsPlaces`): "Laying out 200 workloads in 11 namespaces…"; null otherwise. Until then the
 * canvas is empty, and a hint to double-click a collapsed box would point at nothing.
 */
export function selectLayingOut(s: LayoutAsked & { readonly doc: Doc }): string | null {
  if (!awaitsPlaces(s)) return null;
  const namespaces = plural(s.doc.namespaces.length, 'namespace');
  const workloads = s.doc.workloads.length;
  return workloads === 0
    ? `Laying out ${namespaces}…`
    : `Laying out ${plural(workloads, 'workload')} in ${namespaces}…`;
}
