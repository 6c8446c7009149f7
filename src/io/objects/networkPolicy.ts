/**
 * The NetworkPolicy kind at the boundary: reading a raw object (validation
 * with server-side fields removed, then normalization) and writing one back
 * in kubectl's key order.
 *
 * ```yaml
 * apiVersion: networking.k8s.io/v1
 * kind: NetworkPolicy
 * metadata: {name: db-policy, namespace: default, labels: {...}, annotations: {...}}
 * spec:
 *   podSelector: {matchLabels: {role: db}}
 *   policyTypes: [Ingress]                 # always written out
 *   ingress:
 *     - from: [{podSelector: {matchLabels: {name: api-pod}}}]   # peers before ports
 *       ports: [{protocol: TCP, port: 3306}]
 * ```
 */
import type {
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
} from '../../model';
import { defaultPolicyTypes, normalizeNetworkPolicy } from '../normalize';
import { metadataName, withoutServerFields } from './objectMeta';
import { fieldOf, isRecord, stringMapOf } from './rawObject';
import { validateNetworkPolicy } from '../validate/networkPolicy';
import type { PathIssue } from '../validate/networkPolicy';

/** Valid metadata that a design does not keep: reported, so nothing vanishes silently. */
const UNKEPT_METADATA = [
  'generateName',
  'finalizers',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];

type Ordered = Record<string, unknown>;

/** A raw NetworkPolicy read: the normalized policy, or null when it has errors. */
export function readNetworkPolicy(raw: unknown): {
  policy: NetworkPolicy | null;
  issues: PathIssue[];
} {
  const cleaned = withoutServerFields(raw);
  const issues = validateNetworkPolicy(cleaned);
  if (!issues.some((issue) => issue.severity === 'error') && !metadataName(cleaned)) {
    issues.push({ path: 'metadata.name', severity: 'error', message: 'metadata.name is required' });
  }
  const metadata = fieldOf(raw, 'metadata');
  if (isRecord(metadata)) {
    for (const field of UNKEPT_METADATA.filter((key) => Object.hasOwn(metadata, key))) {
      const message = `metadata.${field} is not kept: an export will not write it`;
      issues.push({ path: `metadata.${field}`, severity: 'warning', message });
    }
  }
  if (issues.some((issue) => issue.severity === 'error')) return { policy: null, issues };
  return { policy: normalizeNetworkPolicy(cleaned), issues };
}

export function selectorToObject(selector: LabelSelector): Ordered {
  const out: Ordered = {};
  if (selector.matchLabels) out.matchLabels = stringMapOf(selector.matchLabels);
  if (selector.matchExpressions) {
    out.matchExpressions = selector.matchExpressions.map(({ key, operator, values }) =>
      values ? { key, operator, values: [...values] } : { key, operator },
    );
  }
  return out;
}

function peerToObject(peer: NetworkPolicyPeer): Ordered {
  const out: Ordered = {};
  if (peer.podSelector) out.podSelector = selectorToObject(peer.podSelector);
  if (peer.namespaceSelector) out.namespaceSelector = selectorToObject(peer.namespaceSelector);
  if (peer.ipBlock) {
    const { cidr, except } = peer.ipBlock;
    out.ipBlock = except ? { cidr, except: [...except] } : { cidr };
  }
  return out;
}

function portToObject(port: NetworkPolicyPort): Ordered {
  const out: Ordered = { protocol: port.protocol ?? 'TCP' };
  if (port.port !== undefined) out.port = port.port;
  if (port.endPort !== undefined) out.endPort = port.endPort;
  return out;
}

function ruleToObject(
  peers: 'from' | 'to',
  list: readonly NetworkPolicyPeer[] | undefined,
  ports: readonly NetworkPolicyPort[] | undefined,
): Ordered {
  const out: Ordered = {};
  if (list) out[peers] = list.map(peerToObject);
  if (ports) out.ports = ports.map(portToObject);
  return out;
}

/** A policy as plain data in kubectl's key order, defaults written out. */
export function networkPolicyToObject(policy: NetworkPolicy): Ordered {
  const { metadata, spec } = policy;
  const meta: Ordered = { name: metadata.name, namespace: metadata.namespace };
  if (metadata.labels) meta.labels = stringMapOf(metadata.labels);
  if (metadata.annotations) meta.annotations = stringMapOf(metadata.annotations);
  const out: Ordered = {
    podSelector: selectorToObject(spec.podSelector),
    policyTypes: [...(spec.policyTypes ?? defaultPolicyTypes(spec))],
  };
  if (spec.ingress) {
    out.ingress = spec.ingress.map((rule: NetworkPolicyIngressRule) =>
      ruleToObject('from', rule.from, rule.ports),
    );
  }
  if (spec.egress) {
    out.egress = spec.egress.map((rule: NetworkPolicyEgressRule) =>
      ruleToObject('to', rule.to, rule.ports),
    );
  }
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta, spec: out };
}
