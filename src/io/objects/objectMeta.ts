/**
 * `metadata` as the importer keeps it: name, namespace, labels and
 * annotations. Server-side fields are dropped:
 *
 * ```yaml
 * metadata:
 *   name: web
 *   namespace: shop
 *   labels: {app: web}                       # kept, keys sorted
 *   annotations:
 *     kubectl.kubernetes.io/last-applied-configuration: '{...}'   # dropped
 *   uid: 1f7c...                             # dropped, like resourceVersion, generation,
 *   managedFields: [...]                     #   creationTimestamp, selfLink, ownerReferences
 * status: {}                                 # dropped (a Pod's IPs are read first)
 * ```
 */
import { namespaceOrDefault } from '../../model';
import type { PathIssue } from '../text/pathIssue';
import { fieldOf, isRecord, stringAt, stringMapOf } from './rawObject';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Fields the API server writes, never part of a design. */
export const SERVER_METADATA_FIELDS: readonly string[] = [
  'managedFields',
  'resourceVersion',
  'uid',
  'creationTimestamp',
  'selfLink',
  'generation',
  'ownerReferences',
];

export function metadataName(raw: unknown): string | undefined {
  return stringAt(raw, ['metadata', 'name']);
}

/**
 * The name of an object whose validation gave `issues`, or null when the
 * object cannot be read: an error among `issues`, or no `metadata.name`
 * (then added to `issues` as the error).
 */
export function readableName(raw: unknown, issues: PathIssue[]): string | null {
  const name = metadataName(raw);
  const hasError = (): boolean => issues.some((issue) => issue.severity === 'error');
  if (!hasError() && !name) {
    issues.push({ path: 'metadata.name', severity: 'error', message: 'metadata.name is required' });
  }
  return name && !hasError() ? name : null;
}

/** `metadata.namespace`, `default` when absent or empty (what `kubectl create -f` does). */
export function metadataNamespace(raw: unknown): string {
  return namespaceOrDefault(stringAt(raw, ['metadata', 'namespace']));
}

/** A label map with sorted keys, or undefined when it is empty. */
export function nonEmptyMap(
  value: unknown,
  drop: readonly string[] = [],
): Record<string, string> | undefined {
  const map = stringMapOf(value, drop);
  return Object.keys(map).length > 0 ? map : undefined;
}

/** `metadata.annotations` without the last-applied copy (and `drop`), or undefined when empty. */
export function annotationsOf(
  raw: unknown,
  drop: readonly string[] = [],
): Record<string, string> | undefined {
  return nonEmptyMap(fieldOf(fieldOf(raw, 'metadata'), 'annotations'), [
    LAST_APPLIED_ANNOTATION,
    ...drop,
  ]);
}

/**
 * The object without server-side fields and without `status`, as the
 * validators should see it (kubectl strips them too before an object is
 * created). Paths stay the same: only keys are removed.
 */
export function withoutServerFields(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const { status: _status, ...rest } = raw;
  const metadata = rest.metadata;
  if (!isRecord(metadata)) return rest;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (!SERVER_METADATA_FIELDS.includes(key)) kept[key] = value;
  }
  const annotations = kept.annotations;
  if (isRecord(annotations) && Object.hasOwn(annotations, LAST_APPLIED_ANNOTATION)) {
    const { [LAST_APPLIED_ANNOTATION]: _applied, ...others } = annotations;
    kept.annotations = others;
  }
  return { ...rest, metadata: kept };
}
