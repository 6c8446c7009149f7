/** Builders shared by the validator's tests: the base object of k8s-validation.md. */
import type { PathIssue } from '../text/pathIssue';

export type Raw = Record<string, unknown>;

/** `metadata: {name: foo, namespace: bar}`, `spec.podSelector: {matchLabels: {a: b}}`, plus `spec`. */
export function policyWith(spec: Raw, metadata: unknown = { name: 'foo', namespace: 'bar' }): Raw {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata,
    spec: { podSelector: { matchLabels: { a: 'b' } }, ...spec },
  };
}

/** Issues of one severity as `path: message` lines, easy to read in a failed assertion. */
export function linesOf(issues: readonly PathIssue[], severity: 'error' | 'warning'): string[] {
  return issues.filter((i) => i.severity === severity).map((i) => `${i.path}: ${i.message}`);
}
