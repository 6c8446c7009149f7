/**
 * One entry of `ingress[].ports` / `egress[].ports` as the API server checks it
 * (`ValidateNetworkPolicyPort`):
 *
 * ```yaml
 * ports:
 *   - {protocol: TCP, port: 3306}                 # 1..65535; protocol TCP, UDP or SCTP
 *   - {protocol: UDP, port: dns}                  # a named port: an IANA_SVC_NAME
 *   - {port: 32000, endPort: 32768}               # a range: only with a numeric port
 *   - {}                                          # every TCP port
 * ```
 *
 * `port: "8080"` in quotes is a string, hence a port *name*, and is rejected (no letter).
 */
import { ianaSvcNameErrors, portNumberErrors } from './k8sNames';
import { invalidValue, issueError, pathChild, type PathIssue } from '../text/pathIssue';
import { describeRaw, rawField, readInteger, readRecord } from '../objects/rawValues';
import { checkKnownFields } from './unknownFields';
import { validatePortProtocol } from './portProtocol';

const PORT_FIELDS: readonly string[] = ['protocol', 'port', 'endPort'];

type PortValue =
  { kind: 'none' } | { kind: 'bad' } | { kind: 'number'; value: number } | { kind: 'name' };

/** `port` is an int-or-string: a number is a port number, a string a port name. */
function validatePortValue(raw: unknown, path: string, issues: PathIssue[]): PortValue {
  if (raw === undefined) return { kind: 'none' };
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) {
      issues.push(issueError(path, `must be an integer or a port name, not ${raw}`));
      return { kind: 'bad' };
    }
    for (const msg of portNumberErrors(raw)) issues.push(invalidValue(path, raw, msg));
    return { kind: 'number', value: raw };
  }
  if (typeof raw === 'string') {
    const numeric = /^[0-9]+$/.test(raw);
    for (const msg of ianaSvcNameErrors(raw)) {
      const hint =
        numeric && msg.includes('at least one letter')
          ? ` (in quotes, ${JSON.stringify(raw)} is a port name; for port number ${raw} write it without quotes)`
          : '';
      issues.push(invalidValue(path, raw, msg + hint));
    }
    return { kind: 'name' };
  }
  issues.push(
    issueError(path, `must be a port number or a port name (a string), not ${describeRaw(raw)}`),
  );
  return { kind: 'bad' };
}

export function validateNetworkPolicyPort(
  raw: unknown,
  path: string,
  strict: boolean,
  issues: PathIssue[],
): void {
  // A null entry decodes to the zero port `{}`: every TCP port.
  const entry = raw === null ? {} : readRecord(raw, path, issues);
  if (entry === undefined) return;
  if (strict) checkKnownFields(entry, PORT_FIELDS, path, issues);

  validatePortProtocol(rawField(entry, 'protocol'), pathChild(path, 'protocol'), issues, {
    emptyMeansTcp: false,
  });
  const port = validatePortValue(rawField(entry, 'port'), pathChild(path, 'port'), issues);

  const endPortPath = pathChild(path, 'endPort');
  const endPort = readInteger(rawField(entry, 'endPort'), endPortPath, issues);
  if (endPort === undefined) return;
  switch (port.kind) {
    case 'none':
      issues.push(
        invalidValue(endPortPath, endPort, 'may not be specified when `port` is not specified'),
      );
      break;
    case 'name':
      issues.push(
        invalidValue(endPortPath, endPort, 'may not be specified when `port` is non-numeric'),
      );
      break;
    case 'number':
      if (endPort < port.value)
        issues.push(invalidValue(endPortPath, endPort, 'must be greater than or equal to `port`'));
      for (const msg of portNumberErrors(endPort))
        issues.push(invalidValue(endPortPath, endPort, msg));
      break;
    case 'bad':
      break;
  }
}
