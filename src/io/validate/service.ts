/**
 * A Service, checked as the API server checks what the policies depend on:
 * its name, its selector's labels and its ports (lenient: other fields, such
 * as `type`, `clusterIP` or `sessionAffinity`, are not looked into).
 *
 * ```yaml
 * metadata: {name: web}                    # a DNS-1035 label: starts with a letter
 * spec:
 *   selector: {app: web}                   # label keys and values
 *   ports:
 *     - name: http                         # required when there are two ports or more
 *       port: 80                           # 1 to 65535, required
 *       targetPort: 8080                   # 1 to 65535 or a port name; `port` when left out
 *       protocol: TCP                      # TCP, UDP or SCTP
 * ```
 */
import { dns1123LabelErrors, ianaSvcNameErrors, portNumberErrors } from './k8sNames';
import {
  invalidValue,
  issueError,
  pathChild,
  pathIndex,
  quoteText,
  requiredValue,
  type PathIssue,
} from '../text/pathIssue';
import {
  describeRaw,
  isRecord,
  rawField,
  readInteger,
  readList,
  readRecord,
  readString,
} from '../objects/rawValues';
import { validateLabels, validateObjectMeta } from './objectMeta';
import { validatePortProtocol } from './portProtocol';

/** A Service's name is a DNS-1035 label: a DNS-1123 label that starts with a letter. */
function dns1035LabelErrors(name: string): string[] {
  const errs = dns1123LabelErrors(name);
  if (errs.length === 0 && !/^[a-z]/.test(name)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  }
  return errs;
}

function validateTargetPort(raw: unknown, path: string, issues: PathIssue[]): void {
  if (raw === undefined || raw === null || raw === 0) return;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) issues.push(invalidValue(path, raw, 'must be an integer'));
    else for (const msg of portNumberErrors(raw)) issues.push(invalidValue(path, raw, msg));
    return;
  }
  if (typeof raw === 'string') {
    for (const msg of ianaSvcNameErrors(raw)) issues.push(invalidValue(path, raw, msg));
    return;
  }
  issues.push(issueError(path, `must be a port number or a port name, not ${describeRaw(raw)}`));
}

function validatePort(
  raw: unknown,
  path: string,
  several: boolean,
  names: Set<string>,
  issues: PathIssue[],
): void {
  const entry = readRecord(raw, path, issues);
  if (entry === undefined) return;
  const namePath = pathChild(path, 'name');
  const name = readString(rawField(entry, 'name'), namePath, issues);
  if (name === undefined || name === '') {
    if (several) issues.push(requiredValue(namePath));
  } else {
    for (const msg of dns1123LabelErrors(name)) issues.push(invalidValue(namePath, name, msg));
    if (names.has(name)) issues.push(issueError(namePath, `Duplicate value: ${quoteText(name)}`));
    names.add(name);
  }
  const portPath = pathChild(path, 'port');
  const port = readInteger(rawField(entry, 'port'), portPath, issues);
  if (port === undefined && rawField(entry, 'port') === undefined) {
    issues.push(requiredValue(portPath));
  } else if (port !== undefined) {
    for (const msg of portNumberErrors(port)) issues.push(invalidValue(portPath, port, msg));
  }
  validatePortProtocol(rawField(entry, 'protocol'), pathChild(path, 'protocol'), issues, {
    emptyMeansTcp: true,
  });
  validateTargetPort(rawField(entry, 'targetPort'), pathChild(path, 'targetPort'), issues);
}

/** Problems in a raw Service object (lenient: unknown fields are ignored). */
export function validateServiceObject(raw: unknown): PathIssue[] {
  if (!isRecord(raw))
    return [issueError('', `a Service must be a mapping, not ${describeRaw(raw)}`)];
  const issues: PathIssue[] = [];
  validateObjectMeta(
    rawField(raw, 'metadata'),
    'metadata',
    { nameErrors: dns1035LabelErrors, namespaced: true, strict: false },
    issues,
  );
  const spec = readRecord(rawField(raw, 'spec'), 'spec', issues);
  if (spec === undefined) return issues;
  const selector = rawField(spec, 'selector');
  if (selector !== undefined && selector !== null) {
    validateLabels(selector, 'spec.selector', issues);
  }
  const ports = readList(rawField(spec, 'ports'), 'spec.ports', issues) ?? [];
  const names = new Set<string>();
  ports.forEach((entry, i) => {
    validatePort(entry, pathIndex('spec.ports', i), ports.length > 1, names, issues);
  });
  return issues;
}
