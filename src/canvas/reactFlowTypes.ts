/**
 * The React Flow view of the document: plain data built by `toFlow.ts`,
 * rendered by the components of `nodeTypes.ts`. Never the source of truth.
 */
import type { VirtualEndText } from './virtualEndCard';
import type { Edge, Node } from '@xyflow/react';
import type { FlowStatus } from '../engine';
import type { WorkloadKind } from '../model';
import type { EmptyNamespaceNote } from './emptyNamespaceNote';

export type WorkloadNodeData = {
  readonly namespace: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  /** How many pods it stands for, when known (the replicas of a live dump). */
  readonly replicas?: number;
  /** `key=value` per label. */
  readonly labels: readonly string[];
  /** `TCP 80 (http)` per container port (`containerPortText`), as a line writes it. */
  readonly ports: readonly string[];
  /** The Services that send to it: `frontend TCP 80 → 8080` (`serviceChips.ts`); absent: none. */
  readonly services?: readonly string[];
  readonly ingressIsolated: boolean;
  readonly egressIsolated: boolean;
  /** Selected by the policy picked in the policies panel. */
  readonly highlighted: boolean;
  /** A peer of a rule of the policy picked in the policies panel. */
  readonly peer?: boolean;
  /**
   * Inferred from the policies (no such pod in the design): what it stands for
   * (`pods with app.kubernetes.io/name=web`), and that text with short keys for the card.
   */
  readonly inferred?: { readonly text: string; readonly short: string };
};

export type NamespaceNodeData = {
  readonly name: string;
  /** `key=value` per label, without `kubernetes.io/metadata.name`. */
  readonly labels: readonly string[];
  /**
   * A peer of a rule of the policy picked in the policies panel; collapsed, also when it holds
   * one.
   */
  readonly peer?: boolean;
  /** Collapsed, it holds pods the policy picked in the policies panel selects. */
  readonly highlighted?: true;
  /** Present when the namespace has no workloads: what the box says instead. */
  readonly empty?: EmptyNamespaceNote;
  /** It has no workloads, and holds the pods inferred from its policies. */
  readonly inferred?: true;
  /** Present when the namespace is drawn collapsed: what its one small box counts. */
  readonly collapsed?: CollapsedBox;
};

/** What a collapsed namespace's box says about what it holds. */
export type CollapsedBox = {
  readonly workloads: number;
  readonly policies: number;
  /** The lines between two of its own nodes. */
  readonly inside: {
    readonly connections: number;
    readonly blocked: number;
    readonly partial: number;
  };
};

export type ExternalNodeData = {
  readonly name: string;
  readonly cidr: string;
  /** A peer of a rule of the policy picked in the policies panel. */
  readonly peer?: boolean;
};

/** The frame of the group "Outside the cluster" (`outsideGroup.ts`): what it holds. */
export type OutsideNodeData = {
  readonly ipBlocks: number;
  readonly endpoints: number;
  /** Drawn as one small box for its cards, their lines to it (`outsideCollapsed.ts`). */
  readonly collapsed?: boolean;
};

export type WorkloadFlowNode = Node<WorkloadNodeData, 'workload'>;
export type NamespaceFlowNode = Node<NamespaceNodeData, 'namespace'>;
export type ExternalFlowNode = Node<ExternalNodeData, 'external'>;
/** The end of a broad rule that is no node of the model: anywhere, or an IP block. */
export type VirtualFlowNode = Node<VirtualNodeData, 'virtual'>;
/** The frame drawn around the cards outside the cluster; a view, never a node of the model. */
export type OutsideFlowNode = Node<OutsideNodeData, 'outside'>;
export type CanvasNode =
  WorkloadFlowNode | NamespaceFlowNode | ExternalFlowNode | VirtualFlowNode | OutsideFlowNode;

export type VirtualNodeData = VirtualEndText & {
  /** A peer of a rule of the policy picked in the policies panel. */
  readonly peer?: boolean;
};

export type FlowEdgeData = {
  readonly status: FlowStatus;
  /** The two ends as they read in a sentence (`prod/web`, `anywhere`). */
  readonly from: string;
  readonly to: string;
  /** `TCP 5000`, `TCP 80, UDP 53`, `TCP metrics (20 ports)`. */
  readonly ports: string;
  /** Every port by number where `ports` counts ports named alike (its tooltip); else absent. */
  readonly portsInFull?: string;
  /** Its first port and how many more (`TCP 80 and 3 more`), for a label short of room; else absent. */
  readonly portsShort?: string;
  /** Why it is allowed or blocked: one line per rule behind the edge. */
  readonly reason: string;
  /** Drawn with emphasis: touches the selected node, or is the selected path. */
  readonly emphasis: boolean;
  /**
   * A line of the workload picked, drawn strong (not one behind it, blocked): with no spot off
   * the other lines and cards, its label lies over them (`labelPicked`). Emphasis alone (a
   * lesson step's line, one an edit flipped) does not make a line picked.
   */
  readonly picked?: true;
  /** A path of the focused node that no rule draws (thinner). */
  readonly path: boolean;
  /** The last edit flipped it: highlighted for a moment. */
  readonly changed: boolean;
  /** A summary of several lines to or from a collapsed namespace; a click opens it. */
  readonly summary?: true;
  /** One of many summary lines: its label shows only while picked or emphasised. */
  readonly quiet?: true;
  /**
   * While a comparison is open: the connections of this pair the current design newly
   * allows, newly blocks, or both (its ports are marked `+` and `−`); else absent.
   */
  readonly compare?: 'allowed' | 'blocked' | 'both';
  /** While a comparison is open, a line it does not change: drawn fainter. */
  readonly faded?: true;
  /**
   * Allowed only because the network plugin does not enforce the policies (Flannel): what
   * they would make of it, said on its label.
   */
  readonly unenforced?: 'blocked' | 'partial';
};

export type FlowEdge = Edge<FlowEdgeData, 'flow'>;
