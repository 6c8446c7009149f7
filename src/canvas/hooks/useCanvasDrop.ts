import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { DragEvent } from 'react';
import { PALETTE_MIME } from '../paletteDrop';
import type { PaletteKind } from '../paletteDrop';
import { useNamespaceBoxes } from './useNamespaceBoxes';
import { usePaletteAdd } from './usePaletteAdd';

const KINDS: readonly string[] = ['namespace', 'workload', 'external'];

/** HTML5 drag and drop from the palette onto the canvas. */
export function useCanvasDrop() {
  const { screenToFlowPosition } = useReactFlow();
  const boxes = useNamespaceBoxes();
  const add = usePaletteAdd();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!KINDS.includes(kind)) return;
      e.preventDefault();
      const point = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      add(kind as PaletteKind, point, boxes());
    },
    [screenToFlowPosition, boxes, add],
  );
  return { onDragOver, onDrop };
}
