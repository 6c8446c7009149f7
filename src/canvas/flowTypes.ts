/**
 * The React Flow view of the document: plain data built by `toFlow.ts`,
 * rendered by the components of `nodeTypes.ts`. Never the source of truth.
 */
import type { Edge, Node } from '@xyflow/react';
import type { WorkloadKind } from '../model';

export type WorkloadNodeData = {
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  /** `key=value` per label. */
  readonly labels: readonly string[];
  /** `80/TCP (http)` per container port. */
  readonly ports: readonly string[];
  readonly ingressIsolated: boolean;
  readonly egressIsolated: boolean;
  /** Selected by the policy picked in the policies panel. */
  readonly highlighted: boolean;
};

export type NamespaceNodeData = {
  readonly name: string;
  /** `key=value` per label, without `kubernetes.io/metadata.name`. */
  readonly labels: readonly string[];
};

export type ExternalNodeData = {
  readonly name: string;
  readonly cidr: string;
};

export type WorkloadFlowNode = Node<WorkloadNodeData, 'workload'>;
export type NamespaceFlowNode = Node<NamespaceNodeData, 'namespace'>;
export type ExternalFlowNode = Node<ExternalNodeData, 'external'>;
export type CanvasNode = WorkloadFlowNode | NamespaceFlowNode | ExternalFlowNode;

export type FlowEdgeData = {
  readonly allowed: boolean;
  /** `TCP 5000`, `TCP 80, UDP 53`. */
  readonly ports: string;
  /** One line: why it is allowed or blocked. */
  readonly reason: string;
  /** Drawn with emphasis: touches the selected node, or is the selected path. */
  readonly emphasis: boolean;
};

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;
