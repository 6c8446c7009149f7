/**
 * The parts of a pod that NetworkPolicies look at: container ports (what a named
 * port in a policy resolves to) and the pod's IPs (what an `ipBlock` matches).
 *
 * ```yaml
 * containers:
 *   - ports:
 *       - {name: http, containerPort: 8080, protocol: TCP}  # 1..65535; name an IANA_SVC_NAME
 * status:
 *   podIP: 10.244.1.7
 *   podIPs: [{ip: 10.244.1.7}, {ip: "fd00::7"}]
 * ```
 */
import { ianaSvcNameErrors, portNumberErrors } from './k8sNames';
import { ipTextParse } from '../../engine';
import { ipParsedWarnings } from './cidrRules';
import { validatePortProtocol } from './portProtocol';
import {
  invalidValue,
  issueError,
  issueWarning,
  pathChild,
  pathIndex,
  quoteText,
  requiredValue,
  type PathIssue,
} from '../text/pathIssue';
import {
  rawField,
  readInteger,
  readList,
  readRecord,
  readString,
  type RawRecord,
} from '../objects/rawValues';

/** One `ports[]` entry; `names` holds the names already used in this container. */
function validateContainerPort(
  raw: unknown,
  path: string,
  names: Set<string>,
  issues: PathIssue[],
): void {
  const port = readRecord(raw, path, issues);
  if (port === undefined) return;

  const namePath = pathChild(path, 'name');
  const name = readString(rawField(port, 'name'), namePath, issues);
  if (name !== undefined && name !== '') {
    const errs = ianaSvcNameErrors(name);
    for (const msg of errs) issues.push(invalidValue(namePath, name, msg));
    if (errs.length === 0 && names.has(name))
      issues.push(issueError(namePath, `Duplicate value: ${quoteText(name)}`));
    names.add(name);
  }

  const numberPath = pathChild(path, 'containerPort');
  const rawNumber = rawField(port, 'containerPort');
  const containerPort = readInteger(rawNumber, numberPath, issues);
  if (containerPort === 0 || (rawNumber === undefined && containerPort === undefined))
    issues.push(requiredValue(numberPath));
  else if (containerPort !== undefined)
    for (const msg of portNumberErrors(containerPort))
      issues.push(invalidValue(numberPath, containerPort, msg));

  validatePortProtocol(rawField(port, 'protocol'), pathChild(path, 'protocol'), issues, {
    emptyMeansTcp: true,
  });
}

/** `containers` or `initContainers` of a pod spec: only their `ports` are looked at. */
export function validateContainers(raw: unknown, path: string, issues: PathIssue[]): void {
  readList(raw, path, issues)?.forEach((rawContainer, i) => {
    const containerPath = pathIndex(path, i);
    const container = readRecord(rawContainer, containerPath, issues);
    if (container === undefined) return;
    const portsPath = pathChild(containerPath, 'ports');
    const names = new Set<string>();
    readList(rawField(container, 'ports'), portsPath, issues)?.forEach((port, j) => {
      validateContainerPort(port, pathIndex(portsPath, j), names, issues);
    });
  });
}

/** An IP field: empty is fine (a pending pod has none); else an IP, maybe with warnings. */
function validateIp(raw: unknown, path: string, issues: PathIssue[]): void {
  const ip = readString(raw, path, issues);
  if (ip === undefined || ip === '') return;
  const parsed = ipTextParse(ip);
  if (parsed === null) {
    issues.push(
      invalidValue(path, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'),
    );
    return;
  }
  for (const warning of ipParsedWarnings(ip, parsed)) issues.push(issueWarning(path, warning));
}

/** `status.podIP` and `status.podIPs[].ip` of a Pod. */
export function validatePodIps(status: RawRecord, path: string, issues: PathIssue[]): void {
  validateIp(rawField(status, 'podIP'), pathChild(path, 'podIP'), issues);
  const listPath = pathChild(path, 'podIPs');
  readList(rawField(status, 'podIPs'), listPath, issues)?.forEach((entry, i) => {
    const at = pathIndex(listPath, i);
    const record = readRecord(entry, at, issues);
    if (record !== undefined) validateIp(rawField(record, 'ip'), pathChild(at, 'ip'), issues);
  });
}
