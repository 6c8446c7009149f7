import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * Where the lines' labels are drawn: React Flow's label layer, the element
 * its `EdgeLabelRenderer` portals into, looked up once per canvas. Each
 * `EdgeLabelRenderer` looks the layer up itself, with a `querySelector` in a
 * store subscription that runs at every change of React Flow's store (each
 * pan move, each batch of lines): with every namespace of 1,000 workloads
 * expanded, most of a pan's seconds.
 */
export const LabelLayerContext = createContext<HTMLElement | null>(null);

const selectDomNode = (s: ReactFlowState) => s.domNode;

/** The canvas's label layer (null until React Flow has mounted); call it inside the canvas. */
export function useLabelLayerElement(): HTMLElement | null {
  const domNode = useStore(selectDomNode);
  return useMemo(
    () => domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    [domNode],
  );
}

/** Draws `children` in the label layer, as `EdgeLabelRenderer` does. */
export function EdgeLabel({ children }: { readonly children: ReactNode }) {
  const layer = useContext(LabelLayerContext);
  return layer === null ? null : createPortal(children, layer);
}
