/**
 * Kubernetes label maps and label selectors, field names verbatim from
 * `meta/v1` (`matchLabels`, `matchExpressions`).
 */

export type Labels = Readonly<Record<string, string>>;

export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: LabelSelectorOperator;
  /** Required (non-empty) for `In`/`NotIn`; forbidden for `Exists`/`DoesNotExist`. */
  readonly values?: readonly string[];
}

/**
 * A label selector. Both parts are ANDed; an empty selector (`{}`) matches
 * everything. `matchLabels: null` in YAML is normalized to an absent field.
 *
 * ```yaml
 * podSelector:
 *   matchLabels: {app: web}
 *   matchExpressions: [{key: tier, operator: In, values: [frontend, edge]}]
 * ```
 */
export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

/**
 * Labels a controller writes on each pod (its ordinal, its name) or per
 * revision (the template's hash, a DaemonSet's generation): they differ between
 * replicas of one workload, and no policy selects them.
 */
export const PER_REPLICA_LABELS: readonly string[] = [
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'pod-template-generation',
  'batch.kubernetes.io/job-completion-index',
];
