/**
 * Small constructors for hand-written scenario documents. They build the
 * normalized shapes `src/model` describes (a policy's namespace is always set);
 * what goes into `spec` is written out in full by each scenario.
 */
import type {
  ContainerPort,
  Doc,
  Labels,
  Namespace,
  NetworkPolicy,
  NetworkPolicySpec,
  Protocol,
  Workload,
} from '../../../model';

/** A namespace with the `kubernetes.io/metadata.name` label the API server always adds. */
export function nsObject(name: string, labels: Labels = {}): Namespace {
  return { name, labels: { ...labels, 'kubernetes.io/metadata.name': name } };
}

export function podObject(
  namespace: string,
  name: string,
  labels: Labels,
  ips: readonly string[],
  ports: readonly ContainerPort[],
): Workload {
  return { namespace, name, kind: 'Pod', labels, ports, ips };
}

export function containerPort(
  containerPort: number,
  protocol: Protocol,
  name?: string,
): ContainerPort {
  return name === undefined ? { containerPort, protocol } : { name, containerPort, protocol };
}

export function netpol(namespace: string, name: string, spec: NetworkPolicySpec): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec,
  };
}

/** A named scenario: a document and what it is about. Its truth tables live in the golden tests. */
export interface Scenario {
  /** `group/name`, unique. */
  readonly name: string;
  /** What the policies do and the rule of the specification it exercises. */
  readonly summary: string;
  /** Where it comes from (upstream e2e test name, recipe, product brief). */
  readonly source: string;
  readonly doc: Doc;
}
