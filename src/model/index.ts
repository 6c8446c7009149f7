export type {
  Labels,
  LabelSelector,
  LabelSelectorOperator,
  LabelSelectorRequirement,
} from './labels';
export { PER_REPLICA_LABELS } from './labels';
export { isPodNameOf } from './podNames';
export type {
  IPBlock,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicySpec,
  ObjectMeta,
  PolicyType,
  Protocol,
} from './networkPolicy';
export { PROTOCOLS } from './networkPolicy';
export type {
  ContainerPort,
  ExternalPort,
  ExternalEndpoint,
  InferredFrom,
  InferredRange,
  Namespace,
  PodKey,
  Workload,
  WorkloadKind,
} from './cluster';
export {
  DEFAULT_NAMESPACE,
  NAMESPACE_NAME_LABEL,
  POSITION_ANNOTATION,
  WORKLOAD_KINDS,
  namespaceOrDefault,
  podKeyOf,
} from './cluster';
export type { Service, ServicePort } from './service';
export type { Doc } from './document';
export { EMPTY_DOC } from './document';
export type { Issue, Severity } from './issue';
export type { ObservedConnection, ObservedEnd } from './observed';
