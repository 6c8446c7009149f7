/** Builders shared by the validator's tests: the base object of k8s-validation.md. */
import { expect } from 'vitest';
import type { PathIssue } from '../text/pathIssue';
import { validateNetworkPolicy } from './networkPolicy';

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

/** The validator's errors for `raw`, as `path: message` lines. */
export function errorsOf(raw: unknown): string[] {
  return linesOf(validateNetworkPolicy(raw), 'error');
}

/** [what, spec (or a whole object), expected errors as `path: message` prefixes]. */
export type Case = [string, Raw, string[]];

/** Exactly `expected.length` errors for `raw`, each starting with its prefix, in order. */
export function expectErrors(raw: Raw, expected: string[]): void {
  const errors = errorsOf(raw);
  expect(errors, errors.join('\n')).toHaveLength(expected.length);
  expected.forEach((prefix, i) => {
    expect(errors[i]).toContain(prefix);
  });
}
