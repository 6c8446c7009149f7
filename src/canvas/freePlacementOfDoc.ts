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

/** The place of every workload, by node id: stored, or a free automatic slot in its box. */
export function workloadPlacesOf(doc: Doc, positions: Positions): Map<string, Position> {
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
