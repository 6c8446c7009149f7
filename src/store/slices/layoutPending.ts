import { namesJoin, plural } from '../../engine';
import type { Doc } from '../../model';
import { collapsedHolding } from '../collapse/collapsedNamespaces';
import type { FocusRequest, LayoutRequest } from '../editorState';
import { OUTSIDE_GROUP_ID, OUTSIDE_GROUP_NAME } from '../ids';

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

/**
 * What the status line says while a camera move asked for (Find, Show on a finding, a Traffic
 * row, a matrix cell, a label found) waits for the collapsed namespaces it opens to be laid out:
 * "Opening ns-22…", until they are drawn open and the camera goes there. The box itself says
 * "Opening…", but it is often out of view (the camera has not moved yet), so a Find on a large
 * design seemed to do nothing for seconds. A focus (F) says so in its own note.
 */
export function selectCameraOpening(s: {
  readonly focusRequest: FocusRequest | null;
  readonly opening: readonly string[];
}): string | null {
  const request = s.focusRequest;
  if (request === null || request.whole === true || s.opening.length === 0) return null;
  const names = collapsedHolding(s.opening, request.ids);
  if (names.length === 0) return null;
  const shown = names.map((name) => (name === OUTSIDE_GROUP_ID ? OUTSIDE_GROUP_NAME : name));
  return `Opening ${namesJoin(shown)}…`;
}
