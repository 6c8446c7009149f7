import { afterNextPaint } from './afterNextPaint';
import type { PartWait } from './useMountedInParts';

/** React Flow's store, as far as a part's wait reads it: whether the user drags the pane. */
interface PaneDragStore {
  getState: () => { readonly paneDragging: boolean };
  subscribe: (listener: (state: { readonly paneDragging: boolean }) => void) => () => void;
}

/**
 * A part's wait (`useMountedInParts`) that also waits for the end of a pan by dragging: a pan
 * only moves the camera. A part of Expand all on a large design costs its task and frame a walk
 * over everything React Flow holds (its nodes, the lines between them, the layer's runs): mounted
 * under a drag, the moves of the pan waited behind parts, and the parts behind the moves
 * (`docs/performance-log.md`). The paint's timing handed on is the first paint's, which measures
 * the part before, however long the pan held the next one.
 */
export function afterPaintNotPanning(flow: PaneDragStore): PartWait {
  return (callback) => {
    let cancel = afterNextPaint((timing) => {
      if (!flow.getState().paneDragging) {
        callback(timing);
        return;
      }
      const stop = flow.subscribe((state) => {
        if (state.paneDragging) return;
        stop();
        cancel = afterNextPaint(() => {
          callback(timing);
        });
      });
      cancel = stop;
    });
    return () => {
      cancel();
    };
  };
}
