/**
 * `metadata` as the API server checks it (`ValidateObjectMeta`): a name (or a
 * `generateName`), a namespace that is a DNS-1123 label, labels with qualified-name
 * keys and label values, annotations with qualified-name keys and at most 256 KiB in
 * all. Server-side fields that cluster dumps carry (`uid`, `resourceVersion`,
 * `managedFields`, …) are accepted and not looked into.
 *
 * ```yaml
 * metadata:
 *   name: db-policy                          # DNS-1123 subdomain, <= 253 bytes
 *   namespace: prod                          # DNS-1123 label, <= 63 bytes
 *   labels: {app.kubernetes.io/name: db}     # [prefix/]name: value
 * ```
 */
import { dns1123LabelErrors, labelValueErrors, qualifiedNameErrors, utf8Length } from './k8sNames';
import {
  invalidValue,
  issueError,
  issueWarning,
  pathChild,
  quoteText,
  requiredValue,
  type PathIssue,
} from '../text/pathIssue';
import {
  rawField,
  readRecord,
  readString,
  readStringMap,
  type RawRecord,
} from '../objects/rawValues';
import { checkKnownFields } from './unknownFields';

export const OBJECT_META_FIELDS: readonly string[] = [
  'name',
  'generateName',
  'namespace',
  'labels',
  'annotations',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
  'ownerReferences',
  'finalizers',
];

export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export interface ObjectMetaRules {
  /** The name syntax of the kind, e.g. `dns1123SubdomainErrors`. */
  readonly nameErrors: (name: string) => string[];
  /** Namespaced kinds may carry `metadata.namespace`; for others it is ignored. */
  readonly namespaced: boolean;
  /** Strict (NetworkPolicy): an unknown metadata field is an error. */
  readonly strict: boolean;
}

/** Label keys are qualified names; values are label values (`""` allowed). */
export function validateLabels(raw: unknown, path: string, issues: PathIssue[]): void {
  const entries = readStringMap(raw, path, issues, (key) => pathChild(path, key));
  for (const [key, value] of entries) {
    const keyErrors = qualifiedNameErrors(key);
    const valueErrors = labelValueErrors(value);
    if (keyErrors.length === 0 && valueErrors.length === 0) continue;
    const at = pathChild(path, key);
    for (const msg of keyErrors) issues.push(invalidValue(at, key, msg));
    for (const msg of valueErrors) issues.push(invalidValue(at, value, msg));
  }
}

/** Annotation keys are qualified names (case ignored); keys plus values at most 256 KiB. */
export function validateAnnotations(raw: unknown, path: string, issues: PathIssue[]): void {
  const entries = readStringMap(raw, path, issues, (key) => pathChild(path, key));
  let total = 0;
  for (const [key, value] of entries) {
    for (const msg of qualifiedNameErrors(key.toLowerCase()))
      issues.push(invalidValue(pathChild(path, key), key, msg));
    total += utf8Length(key) + utf8Length(value);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT)
    issues.push(
      issueError(path, `Too long: may not be more than ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes`),
    );
}

/** `generateName` is a name prefix: a trailing `-` is allowed (`web-`). */
function generateNameErrors(rules: ObjectMetaRules, prefix: string): string[] {
  const masked = prefix.length > 1 && prefix.endsWith('-') ? prefix.slice(0, -1) : prefix;
  return rules.nameErrors(masked);
}

export function validateObjectMeta(
  raw: unknown,
  path: string,
  rules: ObjectMetaRules,
  issues: PathIssue[],
): void {
  const meta = readRecord(raw, path, issues);
  if (meta === undefined && raw !== undefined && raw !== null) return; // wrong type, reported
  validateMetaFields(meta ?? {}, path, rules, issues);
}

function validateMetaFields(
  meta: RawRecord,
  path: string,
  rules: ObjectMetaRules,
  issues: PathIssue[],
): void {
  if (rules.strict) checkKnownFields(meta, OBJECT_META_FIELDS, path, issues);

  const namePath = pathChild(path, 'name');
  const generateNamePath = pathChild(path, 'generateName');
  const rawName = rawField(meta, 'name');
  const name = readString(rawName, namePath, issues);
  const generateName = readString(rawField(meta, 'generateName'), generateNamePath, issues) ?? '';
  if (generateName !== '') {
    for (const msg of generateNameErrors(rules, generateName))
      issues.push(invalidValue(generateNamePath, generateName, msg));
  }
  if (name !== undefined && name !== '') {
    for (const msg of rules.nameErrors(name)) issues.push(invalidValue(namePath, name, msg));
  } else if (generateName !== '') {
    issues.push(
      issueWarning(
        namePath,
        `no name: the API server would generate one from generateName ${quoteText(generateName)}`,
      ),
    );
  } else if (rawName === undefined || rawName === '') {
    issues.push(requiredValue(namePath, 'name or generateName is required'));
  }

  const namespacePath = pathChild(path, 'namespace');
  const namespace = readString(rawField(meta, 'namespace'), namespacePath, issues);
  if (namespace !== undefined && namespace !== '') {
    if (rules.namespaced) {
      for (const msg of dns1123LabelErrors(namespace))
        issues.push(invalidValue(namespacePath, namespace, msg));
    } else {
      issues.push(
        issueWarning(namespacePath, 'this kind is not namespaced: metadata.namespace is ignored'),
      );
    }
  }

  validateLabels(rawField(meta, 'labels'), pathChild(path, 'labels'), issues);
  validateAnnotations(rawField(meta, 'annotations'), pathChild(path, 'annotations'), issues);
}
