/**
 * fast-check arbitraries for random, small, valid documents: few namespaces,
 * labels from a tiny alphabet (so selectors often match), IPv4 and IPv6 pod
 * IPs inside a handful of nested CIDRs, and policies using every feature
 * (all selector operators, namespace+pod AND, ipBlock with except, numeric and
 * named ports, endPort, TCP/UDP/SCTP, empty and absent from/to/ports,
 * policyTypes). Every document passes API-server validation.
 *
 * `arbDoc()` gives documents in the normalized form of `src/model` (what the
 * io layer's parser returns): each policy has `metadata.namespace`,
 * `spec.policyTypes` and a `protocol` on every port entry; selectors never
 * hold an empty `matchLabels: {}` or `matchExpressions: []`; `except` is never
 * empty; CIDRs are canonical (no host bits). `from`/`to`/`ports`/`ingress`/
 * `egress` may be absent or `[]` (kept as written). Workloads are `Pod`s named
 * `pod-<i>`, policies `policy-<i>`, externals `ext-<i>`.
 *
 * `arbDoc({ normalized: false })` also leaves out `policyTypes` and `protocol`
 * (a policy's namespace is always set in a `Doc`), writes empty selector parts, and
 * uses CIDRs with host bits set, as a hand-written document may.
 */
import fc from 'fast-check';
import type {
  Doc,
  ExternalEndpoint,
  IPBlock,
  LabelSelector,
  LabelSelectorRequirement,
  Labels,
  Namespace,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PolicyType,
  Protocol,
  Workload,
} from '../../model';
import { naiveParseCidr, naiveRangeWithin } from './naiveCidr';

export interface ArbDocOptions {
  /** Only the normalized form (default true). */
  readonly normalized?: boolean;
  /** At most this many workloads (default 6). */
  readonly maxPods?: number;
  /** At most this many policies (default 4). */
  readonly maxPolicies?: number;
}

export const ARB_NAMESPACES = ['default', 'ns-a', 'ns-b'] as const;
const LABEL_KEYS = ['app', 'tier', 'example.com/team'] as const;
const LABEL_VALUES = ['a', 'b', 'c'] as const;
export const ARB_PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
/** Port numbers containers declare and rules name; 53/80/81/443/5000. */
export const ARB_PORTS = [53, 80, 81, 443, 5000] as const;
const PORT_NAMES = ['http', 'metrics', 'dns'] as const;
/** Addresses pods and outside endpoints use. */
export const ARB_IPS = [
  '10.0.0.1',
  '10.0.0.2',
  '10.0.1.1',
  '10.1.0.1',
  '192.168.5.10',
  'fd00::1',
  'fd00::2',
  'fd00:0:0:1::1',
  '2001:db8::1',
] as const;
/** Nested CIDRs around `ARB_IPS`, canonical. */
const CIDRS = [
  '0.0.0.0/0',
  '10.0.0.0/8',
  '10.0.0.0/16',
  '10.0.0.0/24',
  '10.0.0.0/31',
  '10.0.0.1/32',
  '10.0.0.2/32',
  '10.0.1.0/24',
  '10.1.0.0/16',
  '192.168.0.0/16',
  '192.168.5.10/32',
  '::/0',
  'fd00::/16',
  'fd00::/64',
  'fd00::/127',
  'fd00::1/128',
  'fd00::2/128',
  'fd00:0:0:1::/64',
  '2001:db8::/32',
] as const;
/** The same networks written with host bits set (accepted by the API server with a warning). */
const CIDRS_WITH_HOST_BITS = [
  '10.0.0.1/8',
  '10.0.1.1/16',
  '192.168.5.10/24',
  'fd00::1/64',
] as const;

const arbLabels: fc.Arbitrary<Labels> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...LABEL_KEYS), fc.constantFrom(...LABEL_VALUES)), {
    maxLength: 3,
    selector: ([k]) => k,
  })
  .map((pairs) => Object.fromEntries(pairs));

const arbRequirement: fc.Arbitrary<LabelSelectorRequirement> = fc.oneof(
  fc.record({
    key: fc.constantFrom(...LABEL_KEYS),
    operator: fc.constantFrom('In' as const, 'NotIn' as const),
    values: fc.uniqueArray(fc.constantFrom(...LABEL_VALUES), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    key: fc.constantFrom(...LABEL_KEYS),
    operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
  }),
);

/** Selector labels: usually one pair, so that selectors match often. */
const arbSelectorLabels: fc.Arbitrary<Labels> = fc.oneof(
  { arbitrary: arbLabels.filter((l) => Object.keys(l).length <= 1), weight: 4 },
  { arbitrary: arbLabels, weight: 1 },
);

function arbSelector(normalized: boolean): fc.Arbitrary<LabelSelector> {
  return fc
    .tuple(
      fc.option(arbSelectorLabels, { nil: undefined }),
      fc.option(fc.array(arbRequirement, { maxLength: 2 }), { nil: undefined, freq: 2 }),
    )
    .map(([matchLabels, matchExpressions]) => {
      const keep = <T>(x: T | undefined, empty: boolean): x is T =>
        x !== undefined && (!normalized || !empty);
      return {
        ...(keep(matchLabels, Object.keys(matchLabels ?? {}).length === 0) ? { matchLabels } : {}),
        ...(keep(matchExpressions, (matchExpressions ?? []).length === 0)
          ? { matchExpressions }
          : {}),
      };
    });
}

function arbIpBlock(normalized: boolean): fc.Arbitrary<IPBlock> {
  const cidrs: readonly string[] = normalized ? CIDRS : [...CIDRS, ...CIDRS_WITH_HOST_BITS];
  return fc.constantFrom(...cidrs).chain((cidr) => {
    const outer = naiveParseCidr(cidr);
    // `except` entries must be strict subsets of `cidr` (checked on the network address and prefix).
    const inside = CIDRS.filter((c) => {
      const inner = naiveParseCidr(c);
      return (
        inner !== null &&
        outer !== null &&
        naiveRangeWithin(inner, outer) &&
        inner.prefix > outer.prefix
      );
    });
    return fc
      .subarray(inside, { maxLength: Math.min(2, inside.length) })
      .map((except): IPBlock => (except.length === 0 ? { cidr } : { cidr, except }));
  });
}

function arbPeer(normalized: boolean): fc.Arbitrary<NetworkPolicyPeer> {
  const sel = arbSelector(normalized);
  return fc.oneof(
    sel.map((podSelector) => ({ podSelector })),
    sel.map((namespaceSelector) => ({ namespaceSelector })),
    fc
      .tuple(sel, sel)
      .map(([podSelector, namespaceSelector]) => ({ podSelector, namespaceSelector })),
    arbIpBlock(normalized).map((ipBlock) => ({ ipBlock })),
  );
}

function arbPort(normalized: boolean): fc.Arbitrary<NetworkPolicyPort> {
  const protocol = normalized
    ? fc.constantFrom(...ARB_PROTOCOLS)
    : fc.option(fc.constantFrom(...ARB_PROTOCOLS), { nil: undefined });
  const port = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...ARB_PORTS).chain((p) =>
      fc.oneof(
        fc.constant({ port: p }),
        fc.constantFrom(0, 1, 30, 500).map((d) => ({ port: p, endPort: p + d })),
      ),
    ),
    fc.constantFrom(...PORT_NAMES, 'unused').map((name) => ({ port: name })),
  );
  return fc
    .tuple(protocol, port)
    .map(([p, range]) => ({ ...(p === undefined ? {} : { protocol: p }), ...(range ?? {}) }));
}

/** Absent, empty, or a short list. */
function arbList<T>(item: fc.Arbitrary<T>): fc.Arbitrary<readonly T[] | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant([]),
    fc.array(item, { minLength: 1, maxLength: 2 }),
  );
}

function arbIngressRule(normalized: boolean): fc.Arbitrary<NetworkPolicyIngressRule> {
  return fc
    .tuple(arbList(arbPeer(normalized)), arbList(arbPort(normalized)))
    .map(([from, ports]) => ({
      ...(from === undefined ? {} : { from }),
      ...(ports === undefined ? {} : { ports }),
    }));
}

function arbEgressRule(normalized: boolean): fc.Arbitrary<NetworkPolicyEgressRule> {
  return fc
    .tuple(arbList(arbPeer(normalized)), arbList(arbPort(normalized)))
    .map(([to, ports]) => ({
      ...(to === undefined ? {} : { to }),
      ...(ports === undefined ? {} : { ports }),
    }));
}

const POLICY_TYPES: readonly (readonly PolicyType[])[] = [
  ['Ingress'],
  ['Egress'],
  ['Ingress', 'Egress'],
  ['Egress', 'Ingress'],
];

function arbPolicy(normalized: boolean, i: number): fc.Arbitrary<NetworkPolicy> {
  return fc
    .record({
      namespace: fc.constantFrom(...ARB_NAMESPACES),
      podSelector: arbSelector(normalized),
      policyTypes: normalized
        ? fc.constantFrom<readonly PolicyType[] | undefined>(...POLICY_TYPES)
        : fc.constantFrom<readonly PolicyType[] | undefined>(...POLICY_TYPES, undefined),
      ingress: arbList(arbIngressRule(normalized)),
      egress: arbList(arbEgressRule(normalized)),
    })
    .map(({ namespace, podSelector, policyTypes, ingress, egress }) => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `policy-${i}`, namespace },
      spec: {
        podSelector,
        ...(policyTypes === undefined ? {} : { policyTypes }),
        ...(ingress === undefined ? {} : { ingress }),
        ...(egress === undefined ? {} : { egress }),
      },
    }));
}

const arbContainerPorts = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ARB_PORTS), fc.constantFrom(...ARB_PROTOCOLS)), {
    maxLength: 3,
    selector: ([n, p]) => `${n}/${p}`,
  })
  .chain((ports) =>
    fc
      .tuple(...ports.map(() => fc.option(fc.constantFrom(...PORT_NAMES), { nil: undefined })))
      .map((names) => {
        const used = new Set<string>();
        return ports.map(([containerPort, protocol], j) => {
          const name = names[j];
          if (name === undefined || used.has(name)) return { containerPort, protocol };
          used.add(name);
          return { name, containerPort, protocol };
        });
      }),
  );

const IPV4: readonly string[] = ARB_IPS.filter((ip) => !ip.includes(':'));
const IPV6: readonly string[] = ARB_IPS.filter((ip) => ip.includes(':'));

function arbWorkload(i: number): fc.Arbitrary<Workload> {
  return fc
    .record({
      namespace: fc.constantFrom(...ARB_NAMESPACES),
      labels: arbLabels,
      ports: arbContainerPorts,
      v4: fc.option(fc.constantFrom(...IPV4), { nil: undefined }),
      v6: fc.option(fc.constantFrom(...IPV6), { nil: undefined }),
    })
    .map(({ namespace, labels, ports, v4, v6 }): Workload => ({
      namespace,
      name: `pod-${i}`,
      kind: 'Pod',
      labels,
      ports,
      ips: [v4, v6].flatMap((x): string[] => (x === undefined ? [] : [x])),
    }));
}

const arbNamespaces: fc.Arbitrary<readonly Namespace[]> = fc
  .tuple(...ARB_NAMESPACES.map(() => arbLabels))
  .map((labelSets) =>
    ARB_NAMESPACES.map((name, i) => ({
      name,
      labels: { ...labelSets[i], 'kubernetes.io/metadata.name': name },
    })),
  );

const arbExternals: fc.Arbitrary<readonly ExternalEndpoint[]> = fc
  .subarray([...ARB_IPS], { maxLength: 2 })
  .map((ips) =>
    ips.map((ip, i) => ({ name: `ext-${i}`, cidr: ip.includes(':') ? `${ip}/128` : `${ip}/32` })),
  );

/** A random small valid document; see the module comment for its shape. */
export function arbDoc(options: ArbDocOptions = {}): fc.Arbitrary<Doc> {
  const normalized = options.normalized ?? true;
  const maxPods = options.maxPods ?? 6;
  const maxPolicies = options.maxPolicies ?? 4;
  return fc
    .tuple(fc.nat({ max: maxPods }), fc.nat({ max: maxPolicies }))
    .chain(([pods, policies]) =>
      fc.record({
        namespaces: arbNamespaces,
        workloads: fc.tuple(...Array.from({ length: pods }, (_, i) => arbWorkload(i))),
        externals: arbExternals,
        policies: fc.tuple(...Array.from({ length: policies }, (_, i) => arbPolicy(normalized, i))),
      }),
    );
}

/** One policy, for edits in incremental-compile properties (`policy-<i>`). */
export function arbPolicyNamed(
  i: number,
  options: ArbDocOptions = {},
): fc.Arbitrary<NetworkPolicy> {
  return arbPolicy(options.normalized ?? true, i);
}

/** A label set from the same small alphabet `arbDoc` uses. */
export function arbLabelSet(): fc.Arbitrary<Labels> {
  return arbLabels;
}

/** One workload `pod-<i>` of a random namespace, as in `arbDoc`. */
export function arbWorkloadNamed(i: number): fc.Arbitrary<Workload> {
  return arbWorkload(i);
}
