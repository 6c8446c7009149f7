/**
 * NetworkPolicy normalization, done once at the import boundary so the engine
 * never sees raw YAML. It applies the API server's defaults and nothing else:
 *
 * ```yaml
 * metadata: {name: db}              # namespace: default
 * spec:
 *   podSelector:                    # null or absent -> {}
 *     matchLabels:                  # null or {} -> dropped; keys sorted
 *   ingress:                        # no policyTypes -> [Ingress] (+ Egress iff egress has a rule)
 *     - from: []                    # empty lists kept as written: [] and absent both mean "all"
 *       ports: [{port: 3306}]       # protocol: TCP
 * ```
 *
 * `matchExpressions: []` is dropped; CIDRs, named ports, `values` and the order
 * of every list are kept exactly as written. The input is expected to have
 * passed validation; fields of the wrong type are skipped, never thrown on.
 */
import type {
  IPBlock,
  LabelSelector,
  LabelSelectorOperator,
  LabelSelectorRequirement,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicySpec,
  ObjectMeta,
  PolicyType,
  Protocol,
} from '../model';
import { PROTOCOLS } from '../model';
import { annotationsOf, metadataName, metadataNamespace, nonEmptyMap } from './objects/objectMeta';
import { fieldOf, isRecord } from './objects/rawObject';

const POLICY_TYPES: readonly string[] = ['Ingress', 'Egress'];
const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * `policyTypes` as the API server defaults it when the list is empty: Ingress,
 * plus Egress only when `egress` holds at least one rule (`egress: []` does not
 * count). An explicit list always wins.
 */
export function defaultPolicyTypes(spec: Pick<NetworkPolicySpec, 'egress'>): PolicyType[] {
  return (spec.egress?.length ?? 0) > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** A raw list: the items, or undefined when the field is absent or null. */
function listOf(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? (value as readonly unknown[]) : undefined;
}

function stringsOf(value: readonly unknown[]): string[] {
  return value.filter((item): item is string => typeof item === 'string');
}

/** A label selector: `matchLabels` sorted, empty parts dropped; undefined for null. */
export function normalizeSelector(raw: unknown): LabelSelector | undefined {
  if (!isRecord(raw)) return undefined;
  const selector: {
    matchLabels?: Record<string, string>;
    matchExpressions?: LabelSelectorRequirement[];
  } = {};
  const matchLabels = nonEmptyMap(raw.matchLabels);
  if (matchLabels) selector.matchLabels = matchLabels;
  const expressions = (listOf(raw.matchExpressions) ?? [])
    .filter(isRecord)
    .flatMap((expression) => {
      const { key, operator } = expression;
      if (
        typeof key !== 'string' ||
        typeof operator !== 'string' ||
        !OPERATORS.includes(operator)
      ) {
        return [];
      }
      const requirement: { key: string; operator: LabelSelectorOperator; values?: string[] } = {
        key,
        operator: operator as LabelSelectorOperator,
      };
      // `values: [null]` is `[""]`, as the API server decodes it.
      const values = listOf(expression.values)?.map((value) => (value === null ? '' : value));
      if (values) requirement.values = stringsOf(values);
      return [requirement];
    });
  if (expressions.length > 0) selector.matchExpressions = expressions;
  return selector;
}

function normalizePort(raw: unknown): NetworkPolicyPort {
  const protocol = fieldOf(raw, 'protocol');
  const port: { protocol: Protocol; port?: number | string; endPort?: number } = {
    protocol: PROTOCOLS.includes(protocol as Protocol) ? (protocol as Protocol) : 'TCP',
  };
  const number = fieldOf(raw, 'port');
  if (typeof number === 'number' || typeof number === 'string') port.port = number;
  const endPort = fieldOf(raw, 'endPort');
  if (typeof endPort === 'number') port.endPort = endPort;
  return port;
}

function normalizeIPBlock(raw: unknown): IPBlock | undefined {
  const cidr = fieldOf(raw, 'cidr');
  if (typeof cidr !== 'string') return undefined;
  const except = listOf(fieldOf(raw, 'except'));
  return except ? { cidr, except: stringsOf(except) } : { cidr };
}

function normalizePeer(raw: unknown): NetworkPolicyPeer {
  const peer: {
    podSelector?: LabelSelector;
    namespaceSelector?: LabelSelector;
    ipBlock?: IPBlock;
  } = {};
  const podSelector = normalizeSelector(fieldOf(raw, 'podSelector'));
  if (podSelector) peer.podSelector = podSelector;
  const namespaceSelector = normalizeSelector(fieldOf(raw, 'namespaceSelector'));
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  const ipBlock = normalizeIPBlock(fieldOf(raw, 'ipBlock'));
  if (ipBlock) peer.ipBlock = ipBlock;
  return peer;
}

function portsOf(raw: unknown): NetworkPolicyPort[] | undefined {
  return listOf(fieldOf(raw, 'ports'))?.map(normalizePort);
}

function normalizeIngressRule(raw: unknown): NetworkPolicyIngressRule {
  const rule: { from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] } = {};
  const from = listOf(fieldOf(raw, 'from'));
  if (from) rule.from = from.map(normalizePeer);
  const ports = portsOf(raw);
  if (ports) rule.ports = ports;
  return rule;
}

function normalizeEgressRule(raw: unknown): NetworkPolicyEgressRule {
  const rule: { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] } = {};
  const to = listOf(fieldOf(raw, 'to'));
  if (to) rule.to = to.map(normalizePeer);
  const ports = portsOf(raw);
  if (ports) rule.ports = ports;
  return rule;
}

function normalizeMetadata(raw: unknown): ObjectMeta {
  const metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {
    name: metadataName(raw) ?? '',
    namespace: metadataNamespace(raw),
  };
  const labels = nonEmptyMap(fieldOf(fieldOf(raw, 'metadata'), 'labels'));
  if (labels) metadata.labels = labels;
  const annotations = annotationsOf(raw);
  if (annotations) metadata.annotations = annotations;
  return metadata;
}

/** The normalized form of a raw (validated) NetworkPolicy object. */
export function normalizeNetworkPolicy(raw: unknown): NetworkPolicy {
  const rawSpec = fieldOf(raw, 'spec');
  const spec: {
    podSelector: LabelSelector;
    policyTypes?: PolicyType[];
    ingress?: NetworkPolicyIngressRule[];
    egress?: NetworkPolicyEgressRule[];
  } = { podSelector: normalizeSelector(fieldOf(rawSpec, 'podSelector')) ?? {} };
  const ingress = listOf(fieldOf(rawSpec, 'ingress'));
  if (ingress) spec.ingress = ingress.map(normalizeIngressRule);
  const egress = listOf(fieldOf(rawSpec, 'egress'));
  if (egress) spec.egress = egress.map(normalizeEgressRule);
  const written = stringsOf(listOf(fieldOf(rawSpec, 'policyTypes')) ?? []).filter((type) =>
    POLICY_TYPES.includes(type),
  ) as PolicyType[];
  spec.policyTypes = written.length > 0 ? written : defaultPolicyTypes(spec);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: normalizeMetadata(raw),
    spec,
  };
}
