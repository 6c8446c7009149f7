import type { FlowEdge } from '../flowTypes';

const NONE: FlowEdge[] = [];

/** The flow edges (derived from the policies' rules once the engine derives them). */
export function useCanvasEdges(): FlowEdge[] {
  return NONE;
}
