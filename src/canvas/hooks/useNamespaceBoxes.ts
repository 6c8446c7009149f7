import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { NamespaceBox } from '../canvasGeometry';
import type { CanvasNode } from '../reactFlowTypes';

/** Reads the namespace boxes as drawn now (namespace nodes are top level: positions are absolute). */
export function useNamespaceBoxes(): () => NamespaceBox[] {
  const { getNodes } = useReactFlow<CanvasNode>();
  return useCallback(
    () =>
      getNodes().flatMap((n) =>
        n.type === 'namespace'
          ? [
              {
                name: n.data.name,
                x: n.position.x,
                y: n.position.y,
                width: n.width ?? 0,
                height: n.height ?? 0,
              },
            ]
          : [],
      ),
    [getNodes],
  );
}
