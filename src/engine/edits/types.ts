/**
 * Edits as data: every gesture on the canvas is one `DocEdit`, folded into the
 * document by `applyEdit` (a pure function), so undo and redo are snapshots or
 * re-applications and nothing else.
 */
import type {
  ContainerPort,
  ExternalEndpoint,
  Labels,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  PolicyType,
  Protocol,
  Workload,
  WorkloadKind,
} from '../../model';
import type { PolicyRef } from '../verdict/verdict';
import type { Direction } from '../text/direction';

/**
 * A node of the canvas, as one end of a flow.
 * - `workload`: the pods of one workload.
 * - `external`: an external endpoint of the document (by name).
 * - `namespace`: every pod of a namespace (a namespace-wide peer or target).
 * - `any`: anywhere (a rule without `from`/`to`: every pod and every IP).
 * - `ipBlock`: an `ipBlock` peer that no external endpoint of the document lies
 *   in (only in derived flows).
 */
export type FlowEnd =
  | { readonly kind: 'workload'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'external'; readonly name: string }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'ipBlock'; readonly cidr: string; readonly except?: readonly string[] };

/** A port of a drawn flow, written into the rule as a `NetworkPolicyPort`. */
export interface FlowPort {
  readonly protocol: Protocol;
  /** A number or a named port of the destination; absent: every port of `protocol`. */
  readonly port?: number | string;
  readonly endPort?: number;
}

/** A flow to draw: `from` opens connections to `to` on `ports` (empty: every port). */
export interface FlowSpec {
  readonly from: FlowEnd;
  readonly to: FlowEnd;
  readonly ports: readonly FlowPort[];
}

/** The one-click policies of the template menu (see `policyTemplates.ts`). */
export type PolicyTemplate =
  | {
      readonly kind: 'defaultDeny';
      readonly namespace: string;
      /** `[Ingress]`, `[Egress]` or both. */
      readonly policyTypes: readonly PolicyType[];
    }
  | { readonly kind: 'allowDnsEgress'; readonly namespace: string }
  | { readonly kind: 'allowFromNamespace'; readonly namespace: string; readonly from: string };

/** The fields of a workload an `updateWorkload` may change; absent fields keep their value. */
export interface WorkloadChanges {
  /** Moving a workload to another namespace. */
  readonly namespace?: string;
  readonly name?: string;
  readonly kind?: WorkloadKind;
  readonly labels?: Labels;
  readonly ports?: readonly ContainerPort[];
  readonly ips?: readonly string[];
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A rule of `spec.ingress` (with `from`) or of `spec.egress` (with `to`). */
export type PolicyRule = NetworkPolicyIngressRule | NetworkPolicyEgressRule;

/** A rule of a policy: `spec.<direction>[ruleIndex]`. */
export interface RuleRef {
  readonly policy: PolicyRef;
  readonly direction: Direction;
  readonly ruleIndex: number;
}

export type DocEdit =
  | { readonly type: 'addNamespace'; readonly name: string; readonly labels?: Labels }
  | { readonly type: 'renameNamespace'; readonly name: string; readonly newName: string }
  /** `kubernetes.io/metadata.name` is kept whatever `labels` says. */
  | { readonly type: 'setNamespaceLabels'; readonly name: string; readonly labels: Labels }
  /** Removes the namespace with its workloads and policies. */
  | { readonly type: 'removeNamespace'; readonly name: string }
  | { readonly type: 'addWorkload'; readonly workload: Workload }
  | {
      readonly type: 'updateWorkload';
      readonly namespace: string;
      readonly name: string;
      readonly changes: WorkloadChanges;
    }
  | { readonly type: 'removeWorkload'; readonly namespace: string; readonly name: string }
  | { readonly type: 'addExternal'; readonly external: ExternalEndpoint }
  | { readonly type: 'updateExternal'; readonly name: string; readonly external: ExternalEndpoint }
  | { readonly type: 'removeExternal'; readonly name: string }
  | { readonly type: 'addPolicy'; readonly policy: NetworkPolicy }
  /** The policy at `ref` becomes `policy` (which may carry another name). */
  | { readonly type: 'replacePolicy'; readonly ref: PolicyRef; readonly policy: NetworkPolicy }
  | { readonly type: 'renamePolicy'; readonly ref: PolicyRef; readonly newName: string }
  /** A copy named `newName` (default `<name>-copy`) right after the original. */
  | { readonly type: 'duplicatePolicy'; readonly ref: PolicyRef; readonly newName?: string }
  | { readonly type: 'removePolicy'; readonly ref: PolicyRef }
  /**
   * Deleting an edge that was not drawn: removes `from[peerIndex]` (or
   * `to[peerIndex]`) of the rule, and the rule itself when it was its last
   * peer or `peerIndex` is null (a rule without peers).
   */
  | { readonly type: 'removeRulePeer'; readonly rule: RuleRef; readonly peerIndex: number | null }
  /**
   * The rule-level edits of the policy form (see `rules.ts`): the drawn-flow
   * marks follow moved rules, and go with a rule removed or changed by hand.
   */
  | {
      readonly type: 'addRule';
      readonly policy: PolicyRef;
      readonly direction: Direction;
      readonly rule: PolicyRule;
    }
  | { readonly type: 'setRule'; readonly rule: RuleRef; readonly value: PolicyRule }
  /** The rule moves to position `to` of its list. */
  | { readonly type: 'moveRule'; readonly rule: RuleRef; readonly to: number }
  /** An emptied list stays (`ingress: []`): the policy still isolates its pods. */
  | { readonly type: 'removeRule'; readonly rule: RuleRef }
  | {
      readonly type: 'setPodSelector';
      readonly policy: PolicyRef;
      readonly podSelector: LabelSelector;
    }
  | {
      readonly type: 'setPolicyTypes';
      readonly policy: PolicyRef;
      readonly policyTypes: readonly PolicyType[];
    }
  | { readonly type: 'applyTemplate'; readonly template: PolicyTemplate }
  | { readonly type: 'allowFlow'; readonly flow: FlowSpec }
  | { readonly type: 'removeFlow'; readonly id: string }
  /** Several edits as one step (one undo entry). */
  /** Names the design; surrounding spaces are dropped and '' takes the name away. */
  | { readonly type: 'setTitle'; readonly title: string }
  | { readonly type: 'batch'; readonly edits: readonly DocEdit[] };
