/**
 * The connection being walked on the canvas ("walk a connection"): which
 * one, and at which stop the packet is. Only the request and the stop are
 * state; the verdict, its explanation and the stops are derived
 * (`walkSelectors.ts`), so an edit during a walk shows at once.
 */
import type { StateCreator } from 'zustand';
import type { Protocol } from '../../model';
import type { EditorState } from '../editorState';

/** One connection to walk, named by who starts it: node `from` opens it to node `to`. */
export interface WalkRequest {
  /** Node ids (`workload:prod/web`, `external:backup-server`). */
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: Protocol;
}

export interface WalkSlice {
  readonly walk: WalkRequest | null;
  /** The stop the packet is at (index into the walk's stops). */
  readonly walkStop: number;
  /** Bumped by Replay, so the packet sets off again even from the first stop. */
  readonly walkRun: number;
  /** The finding whose subjects are shown on the canvas (its id), or null. */
  readonly shownFinding: string | null;
  startWalk: (request: WalkRequest) => void;
  setWalkStop: (stop: number) => void;
  replayWalk: () => void;
  endWalk: () => void;
  showFinding: (id: string | null) => void;
}

export const createWalkSlice: StateCreator<EditorState, [], [], WalkSlice> = (set) => ({
  walk: null,
  walkStop: 0,
  walkRun: 0,
  shownFinding: null,
  startWalk: (walk) => {
    set((s) => ({ walk, walkStop: 0, walkRun: s.walkRun + 1 }));
  },
  setWalkStop: (walkStop) => {
    set({ walkStop: Math.max(0, walkStop) });
  },
  replayWalk: () => {
    set((s) => ({ walkStop: 0, walkRun: s.walkRun + 1 }));
  },
  endWalk: () => {
    set({ walk: null, walkStop: 0 });
  },
  showFinding: (shownFinding) => {
    set({ shownFinding });
  },
});
