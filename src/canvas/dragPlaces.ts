/**
 * Where the cards (or boxes) being dragged are drawn now: view state of the canvas, like the
 * camera, held outside the document and outside React. A drag's moves land here, one per pointer
 * move, and only the drop writes the document (`useWorkloadDragStop`): writing each move to the
 * store derived everything that reads the places again (every card and box, the routes of every
 * line, the autosave), 31.9 s of CPU for 40 moves of one card on the expanded 1,000-workload
 * design with the CPU 4× slower (`docs/performance-log.md`).
 */
import type { Position } from '../store';

/** The dragged nodes' places (relative to their box, as React Flow gives them), by node id. */
export type Dragged = ReadonlyMap<string, Position>;

export interface DragPlaces {
  /** The dragged nodes' places now, or null while no drag moved anything. */
  readonly get: () => Dragged | null;
  /** A drag began: moves land here until `end`. */
  readonly begin: () => void;
  /** Whether a drag is on (between `begin` and `end`). */
  readonly active: () => boolean;
  /** Nodes moved by the drag (a new map: the subscribers draw it). */
  readonly move: (moved: Dragged) => void;
  /** The drag ended: its places are gone (the drop has written them to the document). */
  readonly end: () => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createDragPlaces(): DragPlaces {
  let places: Dragged | null = null;
  let on = false;
  const listeners = new Set<() => void>();
  const told = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => places,
    begin: () => {
      on = true;
      if (places === null) return;
      places = null;
      told();
    },
    active: () => on,
    move: (moved) => {
      if (moved.size === 0) return;
      places = new Map([...(places ?? []), ...moved]);
      told();
    },
    end: () => {
      on = false;
      if (places === null) return;
      places = null;
      told();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
