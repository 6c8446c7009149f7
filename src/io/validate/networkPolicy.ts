/**
 * What `kubectl create -f` and the API server would say about one raw
 * `networking.k8s.io/v1` NetworkPolicy, as decoded from YAML: strict decoding (unknown
 * fields, wrong JSON types) plus `ValidateNetworkPolicy` (metadata, selectors, ports,
 * peers, ipBlocks, policyTypes), and the API server's warnings for legacy CIDRs.
 *
 * Errors make `kubectl create -f` fail; warnings are accepted (the API server itself
 * warns, or the policy does something its author probably did not mean).
 * `apiVersion` and `kind` are checked by the loader. Never throws.
 */
import type { Direction } from '../../engine';
import { peersKey } from '../../engine';
import { dns1123SubdomainErrors } from './k8sNames';
import {
  forbiddenValue,
  invalidValue,
  issueError,
  issueWarning,
  pathChild,
  pathIndex,
  requiredValue,
  unsupportedValue,
  type PathIssue,
} from '../text/pathIssue';
import {
  describeRaw,
  isRecord,
  rawField,
  readList,
  readRecord,
  readString,
} from '../objects/rawValues';
import { checkKnownFields } from './unknownFields';
import { validateIpBlock } from './ipBlock';
import { validateLabelSelector } from './labelSelector';
import { validateNetworkPolicyPort } from './networkPolicyPort';
import { validateObjectMeta } from './objectMeta';

export type { PathIssue } from '../text/pathIssue';

const TOP_FIELDS: readonly string[] = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
const SPEC_FIELDS: readonly string[] = ['podSelector', 'policyTypes', 'ingress', 'egress'];
const PEER_FIELDS: readonly string[] = ['podSelector', 'namespaceSelector', 'ipBlock'];
const POLICY_TYPES: readonly string[] = ['Ingress', 'Egress'];

/**
 * One element of `from`/`to`. It needs at least one of podSelector, namespaceSelector,
 * ipBlock; podSelector with namespaceSelector is valid (AND); ipBlock stands alone.
 *
 * ```yaml
 * from: [{}]        # invalid: "must specify a peer" (everyone is `from: []` or no `from`)
 * ```
 */
function validatePeer(raw: unknown, path: string, listName: string, issues: PathIssue[]): void {
  const peer = raw === null ? {} : readRecord(raw, path, issues);
  if (peer === undefined) return;
  checkKnownFields(peer, PEER_FIELDS, path, issues);
  const podSelector = rawField(peer, 'podSelector');
  const namespaceSelector = rawField(peer, 'namespaceSelector');
  const ipBlock = rawField(peer, 'ipBlock');
  if (podSelector !== undefined)
    validateLabelSelector(podSelector, pathChild(path, 'podSelector'), true, issues);
  if (namespaceSelector !== undefined)
    validateLabelSelector(namespaceSelector, pathChild(path, 'namespaceSelector'), true, issues);
  if (ipBlock !== undefined) validateIpBlock(ipBlock, pathChild(path, 'ipBlock'), true, issues);

  const count = [podSelector, namespaceSelector, ipBlock].filter((p) => p !== undefined).length;
  if (count === 0)
    issues.push(
      requiredValue(
        path,
        `must specify a peer (an empty peer does not mean everyone: for every peer, leave out "${listName}" or write ${listName}: [])`,
      ),
    );
  else if (count > 1 && ipBlock !== undefined)
    issues.push(forbiddenValue(path, 'may not specify both ipBlock and another peer'));
}

function validateRule(raw: unknown, path: string, direction: Direction, issues: PathIssue[]): void {
  const peersField = peersKey(direction);
  const otherField = peersKey(direction === 'ingress' ? 'egress' : 'ingress');
  if (raw === null)
    issues.push(
      issueWarning(path, `an empty list item is the rule {}: it allows all ${direction} traffic`),
    );
  const rule = raw === null ? {} : readRecord(raw, path, issues);
  if (rule === undefined) return;
  checkKnownFields(rule, ['ports', peersField], path, issues, (name) =>
    name === otherField
      ? `${direction} rules list their peers under "${peersField}"; "${otherField}" is for ${direction === 'ingress' ? 'egress' : 'ingress'} rules`
      : '',
  );
  const portsPath = pathChild(path, 'ports');
  readList(rawField(rule, 'ports'), portsPath, issues)?.forEach((port, i) => {
    validateNetworkPolicyPort(port, pathIndex(portsPath, i), true, issues);
  });
  const peersPath = pathChild(path, peersField);
  readList(rawField(rule, peersField), peersPath, issues)?.forEach((peer, i) => {
    validatePeer(peer, pathIndex(peersPath, i), peersField, issues);
  });
}

/** At most two entries (checked first; then nothing else is), each exactly Ingress or Egress. */
function validatePolicyTypes(
  raw: unknown,
  path: string,
  issues: PathIssue[],
): string[] | undefined {
  const list = readList(raw, path, issues);
  if (list === undefined) return undefined;
  if (list.length > POLICY_TYPES.length) {
    issues.push(invalidValue(path, list, 'may not specify more than two policyTypes'));
    return undefined;
  }
  const types: string[] = [];
  list.forEach((entry, i) => {
    const at = pathIndex(path, i);
    const type = entry === null ? '' : readString(entry, at, issues);
    if (type === undefined) return;
    types.push(type);
    if (POLICY_TYPES.includes(type)) return;
    const issue = unsupportedValue(at, type, POLICY_TYPES);
    const same = POLICY_TYPES.find((t) => t.toLowerCase() === type.toLowerCase());
    if (same !== undefined)
      issue.message += ` (policyTypes are case-sensitive: did you mean "${same}"?)`;
    issues.push(issue);
  });
  return types;
}

/** Rules of a direction that an explicit policyTypes leaves out are accepted and ignored. */
function warnIgnoredRules(
  spec: Readonly<Record<string, unknown>>,
  types: readonly string[] | undefined,
  issues: PathIssue[],
): void {
  if (types === undefined || types.length === 0) return;
  for (const direction of ['ingress', 'egress'] as const) {
    const rules = rawField(spec, direction);
    const type = direction === 'ingress' ? 'Ingress' : 'Egress';
    if (Array.isArray(rules) && rules.length > 0 && !types.includes(type))
      issues.push(
        issueWarning(
          pathChild('spec', direction),
          `these ${direction} rules have no effect: policyTypes does not list ${type}`,
        ),
      );
  }
}

function validateSpec(raw: unknown, issues: PathIssue[]): void {
  if (raw === undefined) {
    issues.push(
      issueWarning(
        'spec',
        'no spec: the policy selects every pod in its namespace and denies all their ingress',
      ),
    );
    return;
  }
  const spec = readRecord(raw, 'spec', issues);
  if (spec === undefined) return;
  checkKnownFields(spec, SPEC_FIELDS, 'spec', issues);
  const podSelector = rawField(spec, 'podSelector');
  if (podSelector === undefined)
    issues.push(
      issueWarning('spec.podSelector', 'no podSelector: it means {}, every pod in the namespace'),
    );
  else validateLabelSelector(podSelector, 'spec.podSelector', true, issues);
  for (const direction of ['ingress', 'egress'] as const) {
    const rulesPath = pathChild('spec', direction);
    readList(rawField(spec, direction), rulesPath, issues)?.forEach((rule, i) => {
      validateRule(rule, pathIndex(rulesPath, i), direction, issues);
    });
  }
  const types = validatePolicyTypes(rawField(spec, 'policyTypes'), 'spec.policyTypes', issues);
  warnIgnoredRules(spec, types, issues);
}

/** What the API server (with kubectl's strict decoding) would say about one raw NetworkPolicy. */
export function validateNetworkPolicy(raw: unknown): PathIssue[] {
  if (!isRecord(raw))
    return [issueError('', `a NetworkPolicy must be a mapping, not ${describeRaw(raw)}`)];
  const issues: PathIssue[] = [];
  checkKnownFields(raw, TOP_FIELDS, '', issues);
  validateObjectMeta(
    rawField(raw, 'metadata'),
    'metadata',
    { nameErrors: dns1123SubdomainErrors, namespaced: true, strict: true },
    issues,
  );
  validateSpec(rawField(raw, 'spec'), issues);
  return issues;
}
