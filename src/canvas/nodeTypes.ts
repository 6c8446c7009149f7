/** The custom node and edge components, at module scope so React Flow never re-mounts them. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowEdge } from './edges/FlowEdge';
import { ExternalNode } from './nodes/ExternalNode';
import { NamespaceNode } from './nodes/NamespaceNode';
import { OutsideNode } from './nodes/OutsideNode';
import { VirtualNode } from './nodes/VirtualNode';
import { WorkloadNode } from './nodes/WorkloadNode';

export const nodeTypes = {
  workload: WorkloadNode,
  namespace: NamespaceNode,
  external: ExternalNode,
  virtual: VirtualNode,
  outside: OutsideNode,
} satisfies NodeTypes;

export const edgeTypes = { flow: FlowEdge } satisfies EdgeTypes;
