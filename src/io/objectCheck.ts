/**
 * The one check of a design's objects against the API server's rules, used by
 * every form: an object is written as the exporter writes it, then read back
 * with the importer's validation (the same rules and messages as an import).
 * Paths are relative to the object (`metadata.name`,
 * `spec.ingress[0].from[1].ipBlock.cidr`).
 *
 * An edit is checked by the objects it touched (`changeErrors`): edits keep
 * the identity of every object they leave alone, so checking one costs the
 * size of the edit, not of the design.
 */
import type { Doc, ExternalEndpoint, Namespace, NetworkPolicy, Workload } from '../model';
import { externalEndpointObjects, readExternalEndpoint } from './objects/externalEndpoint';
import { namespaceToObject, readNamespace } from './objects/namespace';
import { networkPolicyToObject, readNetworkPolicy } from './objects/networkPolicy';
import { readWorkload, workloadToObject } from './objects/workload';
import type { PathIssue } from './text/pathIssue';

export interface PolicyCheck {
  /** The normalized policy, or null when the policy has errors. */
  readonly policy: NetworkPolicy | null;
  /** Errors and warnings, each at its field. */
  readonly issues: readonly PathIssue[];
}

/** One NetworkPolicy from a form, checked as `kubectl create -f` would check it. */
export function networkPolicyCheck(policy: NetworkPolicy): PolicyCheck {
  return readNetworkPolicy(networkPolicyToObject(policy));
}

/** An object of a design, in the order an export writes them (kinds first to last). */
type DesignObject =
  | { readonly kind: 'Namespace'; readonly key: string; readonly value: Namespace }
  | { readonly kind: 'Workload'; readonly key: string; readonly value: Workload }
  | { readonly kind: 'ExternalEndpoint'; readonly key: string; readonly value: ExternalEndpoint }
  | { readonly kind: 'NetworkPolicy'; readonly key: string; readonly value: NetworkPolicy };

function objectIssues(object: DesignObject): readonly PathIssue[] {
  switch (object.kind) {
    case 'Namespace':
      return readNamespace(namespaceToObject(object.value)).issues;
    case 'Workload':
      return readWorkload(workloadToObject(object.value), object.value.kind).issues;
    case 'ExternalEndpoint':
      return readExternalEndpoint(externalEndpointObjects([object.value])[0]).issues;
    case 'NetworkPolicy':
      return networkPolicyCheck(object.value).issues;
  }
}

/** The objects of `doc` that are not in `other` (compared by identity). */
function objectsNotIn(doc: Doc, other: Doc): DesignObject[] {
  const absent = <T>(list: readonly T[], others: readonly T[]): T[] => {
    const known = new Set(others);
    return list.filter((item) => !known.has(item));
  };
  return [
    ...absent(doc.namespaces, other.namespaces).map(
      (value) => ({ kind: 'Namespace', key: value.name, value }) as const,
    ),
    ...absent(doc.workloads, other.workloads).map(
      (value) => ({ kind: 'Workload', key: `${value.namespace}/${value.name}`, value }) as const,
    ),
    ...absent(doc.externals, other.externals).map(
      (value) => ({ kind: 'ExternalEndpoint', key: value.name, value }) as const,
    ),
    ...absent(doc.policies, other.policies).map(
      (value) =>
        ({
          kind: 'NetworkPolicy',
          key: `${value.metadata.namespace}/${value.metadata.name}`,
          value,
        }) as const,
    ),
  ];
}

function errorsOf(object: DesignObject): PathIssue[] {
  return objectIssues(object).filter((issue) => issue.severity === 'error');
}

/**
 * The errors of the objects that `after` adds or changes over `before`, in
 * export order. An object that already had errors before the change is not
 * held against it: a change is refused only when it makes a valid object
 * invalid (or adds an invalid one).
 */
export function changeErrors(before: Doc, after: Doc): PathIssue[] {
  const changed = objectsNotIn(after, before);
  if (changed.length === 0) return [];
  const previous = new Map(objectsNotIn(before, after).map((o) => [`${o.kind} ${o.key}`, o]));
  return changed.flatMap((object) => {
    const errors = errorsOf(object);
    if (errors.length === 0) return [];
    const was = previous.get(`${object.kind} ${object.key}`);
    return was !== undefined && errorsOf(was).length > 0 ? [] : errors;
  });
}
