import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { selectLessonViewNodes, useEditorStore } from '../../store';

/**
 * Calls `onChange` (in an animation frame) whenever a node of the lesson
 * step's subject appears, moves or changes size on the canvas: the lines and
 * their "Anywhere" end arrive from a worker, the automatic layout lands, a
 * card is measured. The steady camera then shows what it did not yet.
 */
export function useSubjectWatch(onChange: () => void, waiting: boolean): void {
  const ids = useEditorStore(selectLessonViewNodes);
  const selectKey = useCallback(
    (s: ReactFlowState) =>
      ids
        .map((id) => {
          const node = s.nodeLookup.get(id);
          if (node === undefined) return '-';
          const { x, y } = node.internals.positionAbsolute;
          const { width = 0, height = 0 } = node.measured;
          return `${String(x)},${String(y)},${String(width)},${String(height)}`;
        })
        .join('|'),
    [ids],
  );
  const key = useStore(selectKey);
  useEffect(() => {
    if (key === '' || waiting) return;
    const frame = requestAnimationFrame(onChange);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [key, waiting, onChange]);
}
