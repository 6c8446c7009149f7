import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

const selectDomNode = (s: ReactFlowState) => s.domNode;

/**
 * Draws `children` inside React Flow's viewport (moved and zoomed with the flow), as its
 * `ViewportPortal` does, but with the viewport's portal element looked up once per canvas:
 * `ViewportPortal` looks it up with a `querySelector` in a store subscription, at every change
 * of React Flow's store (every move of a pan), through the whole canvas before it (about
 * 40,000 elements with the 1,000-workload design expanded).
 */
export function ViewportLayer({ children }: { readonly children: ReactNode }) {
  const domNode = useStore(selectDomNode);
  const portal = useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__viewport-portal') ?? null,
    [domNode],
  );
  return portal === null ? null : createPortal(children, portal);
}
