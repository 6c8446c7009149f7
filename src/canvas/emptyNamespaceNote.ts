/**
 * What an empty namespace box says about itself. A cluster dump of only
 * NetworkPolicies (`kubectl get netpol -A -o yaml`) has no pods: its
 * namespaces come out as empty boxes, and the note says why and what to do.
 */
export interface EmptyNamespaceNote {
  readonly text: string;
  /** The command that lists the namespace's pods for import, when policies wait for them. */
  readonly command: string | null;
}

/** The note of a namespace box with no workloads and `policies` policies of its own. */
export function emptyNamespaceNote(namespace: string, policies: number): EmptyNamespaceNote {
  if (policies === 0) return { text: 'No workloads yet: drag one in.', command: null };
  const these =
    policies === 1 ? '1 policy here selects' : `${String(policies)} policies here select`;
  return {
    text: `No workloads yet. ${these} pods that are not in the design: drag a workload in, or import the pods:`,
    command: `kubectl get pods -n ${namespace} -o yaml`,
  };
}
