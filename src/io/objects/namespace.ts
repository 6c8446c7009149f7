/**
 * The Namespace kind: its name, labels and annotations. The API server labels
 * every namespace with its own name, and so does the importer:
 *
 * ```yaml
 * apiVersion: v1
 * kind: Namespace
 * metadata:
 *   name: prod
 *   labels: {name: prod}   # read as {kubernetes.io/metadata.name: prod, name: prod}
 * ```
 */
import { NAMESPACE_NAME_LABEL } from '../../model';
import type { Namespace } from '../../model';
import { annotationsOf, readableName } from './objectMeta';
import { fieldAt, stringMapOf } from './rawObject';
import type { PathIssue } from '../validate/networkPolicy';
import { validateNamespaceObject } from '../validate/workload';

/** A namespace known only because something lives in it. */
export function implicitNamespace(name: string): Namespace {
  return { name, labels: { [NAMESPACE_NAME_LABEL]: name } };
}

/** A raw Namespace object read, or null when it has errors. */
export function readNamespace(raw: unknown): { namespace: Namespace | null; issues: PathIssue[] } {
  const issues = validateNamespaceObject(raw);
  const name = readableName(raw, issues);
  if (name === null) return { namespace: null, issues };
  const labels = stringMapOf({
    ...stringMapOf(fieldAt(raw, ['metadata', 'labels'])),
    [NAMESPACE_NAME_LABEL]: name,
  });
  const annotations = annotationsOf(raw);
  return { namespace: annotations ? { name, labels, annotations } : { name, labels }, issues };
}

/** A Namespace object for export; the automatic name label is left for the importer to add. */
export function namespaceToObject(namespace: Namespace): Record<string, unknown> {
  const automatic = namespace.labels[NAMESPACE_NAME_LABEL] === namespace.name;
  const labels = stringMapOf(namespace.labels, automatic ? [NAMESPACE_NAME_LABEL] : []);
  const metadata: Record<string, unknown> = { name: namespace.name };
  if (Object.keys(labels).length > 0) metadata.labels = labels;
  if (namespace.annotations) metadata.annotations = stringMapOf(namespace.annotations);
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}
