/**
 * kubectl's strict field validation: a field the type does not have is an error,
 * not silently dropped. Dropping it would change the meaning:
 *
 * ```yaml
 * ingress:
 *   - form:                 # typo: a lenient decoder drops it and the rule allows everyone
 *       - podSelector: {matchLabels: {role: api}}
 * ```
 *
 * Each error names the field and, when it can, says what was probably meant.
 */
import { issueError, pathChild, quoteText, type PathIssue } from '../text/pathIssue';
import type { RawRecord } from '../objects/rawValues';

/** Optimal string alignment distance (Levenshtein plus adjacent swaps: `form` → `from` is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known field `name` abbreviates, or the closest one (case ignored, at most 2 edits), if any. */
export function closestField(name: string, known: readonly string[]): string | undefined {
  if (name.length > 64) return undefined;
  const lower = name.toLowerCase();
  const extended = known.filter((k) => lower.length >= 4 && k.toLowerCase().startsWith(lower));
  if (extended.length === 1) return extended[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    const limit = Math.min(2, Math.floor(candidate.length / 2));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Where a field that is unknown here does belong, for "check the indentation" hints. */
const FIELD_HOMES: Readonly<Record<string, string>> = {
  apiVersion: 'the top level of the object',
  kind: 'the top level of the object',
  metadata: 'the top level of the object',
  spec: 'the top level of the object',
  name: 'metadata',
  namespace: 'metadata',
  labels: 'metadata',
  annotations: 'metadata',
  podSelector: 'spec, or a peer in from/to',
  policyTypes: 'spec',
  ingress: 'spec',
  egress: 'spec',
  from: 'an ingress rule (spec.ingress[])',
  to: 'an egress rule (spec.egress[])',
  ports: 'an ingress or egress rule, beside from/to',
  namespaceSelector: 'a peer in from/to',
  ipBlock: 'a peer in from/to',
  cidr: 'ipBlock',
  except: 'ipBlock',
  matchLabels: 'a selector (podSelector or namespaceSelector)',
  matchExpressions: 'a selector (podSelector or namespaceSelector)',
  key: 'a matchExpressions entry',
  operator: 'a matchExpressions entry',
  values: 'a matchExpressions entry',
  port: 'a ports entry',
  endPort: 'a ports entry',
  protocol: 'a ports entry',
};

/** What an unknown field in a given place most likely means; '' when nothing useful. */
export type UnknownFieldHint = (name: string) => string;

/** Where `name` belongs when it is a field of some other part of a NetworkPolicy. */
export function fieldHome(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(FIELD_HOMES, name) ? FIELD_HOMES[name] : undefined;
}

function hintFor(name: string, known: readonly string[], special?: UnknownFieldHint): string {
  const specific = special?.(name) ?? '';
  if (specific !== '') return specific;
  const close = closestField(name, known);
  if (close !== undefined) return `did you mean "${close}"?`;
  const home = fieldHome(name);
  if (home !== undefined) return `"${name}" belongs in ${home}: check the indentation`;
  return `known fields here: ${known.join(', ')}`;
}

/** Pushes `unknown field "form"` (at the field's path) for each key not in `known`. */
export function checkKnownFields(
  obj: RawRecord,
  known: readonly string[],
  path: string,
  issues: PathIssue[],
  special?: UnknownFieldHint,
): void {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const hint = hintFor(key, known, special);
    issues.push(issueError(pathChild(path, key), `unknown field ${quoteText(key)} (${hint})`));
  }
}
