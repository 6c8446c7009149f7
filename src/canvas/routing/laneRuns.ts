/**
 * Where a line runs in a lane beside other lines (`corridors.ts`) and where it runs alone, piece
 * by piece: the pointer finds a laned piece no farther from it than half the room between its
 * lane and the next (or the lanes beside a middle lane would take the pointer off it), and a lone
 * piece from as far as any line.
 */
import type { Point } from './rectGeometry';

/** For each piece of a line (from point i to point i + 1), the room beside its lane, or undefined. */
export type PieceRooms = readonly (number | undefined)[];

/** The narrower of two rooms; undefined (a piece alone) is the widest. */
function narrower(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

/**
 * The rooms of a line's pieces once it is moved sideways, given for each of its moved points the
 * point it came from (`polylineOffsetOrigins`): a moved piece keeps its piece's room, and a step
 * across at a bend takes the narrower of the pieces either side.
 */
export function roomsMoved(rooms: PieceRooms, origins: readonly number[]): (number | undefined)[] {
  return origins.slice(1).map((to, k) => {
    const from = origins[k] ?? to;
    return from === to ? narrower(rooms[from - 1], rooms[from]) : rooms[from];
  });
}

/** A line cut where it enters or leaves a lane: its lone runs, and its runs in lanes by room. */
export interface LaneRuns {
  readonly alone: readonly (readonly Point[])[];
  readonly lanes: readonly {
    readonly room: number;
    readonly runs: readonly (readonly Point[])[];
  }[];
}

/**
 * The runs of consecutive pieces of `points` alone or in a lane of one room (`rooms`, one a
 * piece), each as its points; undefined when no piece has a lane.
 */
export function laneRunsOf(points: readonly Point[], rooms: PieceRooms): LaneRuns | undefined {
  if (rooms.every((room) => room === undefined)) return undefined;
  const alone: Point[][] = [];
  const lanes = new Map<number, Point[][]>();
  let start = 0;
  for (let i = 1; i < points.length; i++) {
    const room = rooms[i - 1];
    if (i < points.length - 1 && rooms[i] === room) continue;
    const run = points.slice(start, i + 1);
    if (room === undefined) alone.push(run);
    else lanes.set(room, [...(lanes.get(room) ?? []), run]);
    start = i;
  }
  return { alone, lanes: [...lanes].map(([room, runs]) => ({ room, runs })) };
}
