/**
 * The document's side of free placement: which workloads share a box, and
 * which top-level boxes already have a stored position.
 */
import type { Doc } from '../model';
import type { Position, Positions } from '../store';
import { nodeIdOf } from '../store';
import type { Box } from './canvasGeometry';
import { workloadPlaces } from './freePlacement';
import type { Size } from './layoutGeometry';
import { EXTERNAL_SIZE } from './layoutGeometry';

/** The places worked out last for each document, with the positions they were worked out for. */
const placesByDoc = new WeakMap<
  Doc,
  { positions: Positions; places: ReadonlyMap<string, Position> }
>();

/**
 * The place of every workload, by node id: stored, or a free automatic slot
 * in its box. Read again only when the document or the positions change: the
 * canvas asks each time a mark on a card changes (the worker's lines, a pick),
 * and a dump's 2,000 workloads take some 10 ms to place.
 */
export function workloadPlacesOf(doc: Doc, positions: Positions): ReadonlyMap<string, Position> {
  const known = placesByDoc.get(doc);
  if (known?.positions === positions) return known.places;
  const places = placesOf(doc, positions);
  placesByDoc.set(doc, { positions, places });
  return places;
}

function placesOf(doc: Doc, positions: Positions): Map<string, Position> {
  const byNamespace = new Map<string, string[]>();
  for (const w of doc.workloads) {
    const ids = byNamespace.get(w.namespace) ?? [];
    ids.push(nodeIdOf({ kind: 'workload', namespace: w.namespace, name: w.name }));
    byNamespace.set(w.namespace, ids);
  }
  const places = new Map<string, Position>();
  for (const ids of byNamespace.values()) {
    workloadPlaces(ids, positions).forEach((p, i) => {
      const id = ids[i];
      if (id !== undefined) places.set(id, p);
    });
  }
  return places;
}

/** The namespace boxes and endpoints that have a stored position, as boxes. */
export function placedTopBoxes(
  boxes: readonly { id: string; size: Size }[],
  externalIds: readonly string[],
  positions: Positions,
): Box[] {
  const placed: Box[] = [];
  for (const { id, size } of [
    ...boxes,
    ...externalIds.map((id) => ({ id, size: EXTERNAL_SIZE })),
  ]) {
    const p = positions[id];
    if (p !== undefined) placed.push({ ...p, ...size });
  }
  return placed;
}
