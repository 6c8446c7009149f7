/**
 * fast-check generator of valid documents already in normalized form (what
 * `parseFiles` returns), for the round-trip law. Label values include strings
 * that YAML 1.1 reads as something else unless quoted (`yes`, `on`, `1.0`).
 */
import fc from 'fast-check';
import { NAMESPACE_NAME_LABEL, PROTOCOLS, WORKLOAD_KINDS } from '../../model';
import type {
  ContainerPort,
  Doc,
  ExternalEndpoint,
  LabelSelector,
  Labels,
  Namespace,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Workload,
} from '../../model';

const TRICKY_VALUES = [
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'true',
  'null',
  '1.0',
  '0755',
  '1e3',
  '',
];

const dnsLabel = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const labelKey = fc.oneof(
  fc.constantFrom('app', 'role', 'tier', 'y', 'on', 'app.kubernetes.io/name', 'team'),
  fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/),
);
const labelValue = fc.oneof(
  fc.constantFrom(...TRICKY_VALUES),
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/),
);
const labels: fc.Arbitrary<Labels> = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
const protocol = fc.constantFrom(...PROTOCOLS);
const ipv4 = fc.ipV4();
const portName = fc.constantFrom('http', 'dns', 'metrics', 'db-port');

const annotations = fc.option(
  fc.dictionary(
    fc.constantFrom('owner', 'example.com/note', 'description'),
    fc.string({ maxLength: 20 }),
    { minKeys: 1, maxKeys: 2 },
  ),
  { nil: undefined },
);

/** `value` with `key: field` added unless `field` is undefined (optional fields stay absent). */
function withOptional<T extends object>(value: T, key: string, field: unknown): T {
  return field === undefined ? value : { ...value, [key]: field };
}

const selector: fc.Arbitrary<LabelSelector> = fc
  .record({
    matchLabels: fc.option(fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }), {
      nil: undefined,
    }),
    matchExpressions: fc.option(
      fc.array(
        fc.oneof(
          fc.record({
            key: labelKey,
            operator: fc.constantFrom('In' as const, 'NotIn' as const),
            values: fc.array(labelValue, { minLength: 1, maxLength: 2 }),
          }),
          fc.record({
            key: labelKey,
            operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
          }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
      { nil: undefined },
    ),
  })
  .map(({ matchLabels, matchExpressions }) =>
    withOptional(
      withOptional({}, 'matchLabels', matchLabels),
      'matchExpressions',
      matchExpressions,
    ),
  );

const cidr = fc.oneof(
  fc.tuple(ipv4, fc.integer({ min: 8, max: 32 })).map(([ip, prefix]) => `${ip}/${prefix}`),
  fc.constantFrom('0.0.0.0/0', '::/0', 'fd00::/64'),
);

const peer: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  selector.map((podSelector) => ({ podSelector })),
  selector.map((namespaceSelector) => ({ namespaceSelector })),
  fc
    .tuple(selector, selector)
    .map(([podSelector, namespaceSelector]) => ({ podSelector, namespaceSelector })),
  fc.constantFrom(
    { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
    { ipBlock: { cidr: '10.0.0.0/8', except: [] } },
  ),
  cidr.map((value) => ({ ipBlock: { cidr: value } })),
);

const port: fc.Arbitrary<NetworkPolicyPort> = fc.oneof(
  protocol.map((p) => ({ protocol: p })),
  fc
    .tuple(protocol, fc.integer({ min: 1, max: 65535 }))
    .map(([p, n]) => ({ protocol: p, port: n })),
  fc.tuple(protocol, portName).map(([p, n]) => ({ protocol: p, port: n })),
  fc
    .tuple(protocol, fc.integer({ min: 1, max: 60000 }), fc.integer({ min: 0, max: 5000 }))
    .map(([p, n, span]) => ({ protocol: p, port: n, endPort: n + span })),
);

const optionalList = <T>(item: fc.Arbitrary<T>) =>
  fc.option(fc.array(item, { maxLength: 2 }), { nil: undefined });

const ingressRule = fc
  .record({ from: optionalList(peer), ports: optionalList(port) })
  .map(({ from, ports }) => withOptional(withOptional({}, 'from', from), 'ports', ports));
const egressRule = fc
  .record({ to: optionalList(peer), ports: optionalList(port) })
  .map(({ to, ports }) => withOptional(withOptional({}, 'to', to), 'ports', ports));

function policyIn(namespace: string): fc.Arbitrary<NetworkPolicy> {
  return fc
    .record({
      name: dnsLabel,
      labels: fc.option(fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }), {
        nil: undefined,
      }),
      annotations,
      podSelector: selector,
      policyTypes: fc.constantFrom(
        ['Ingress' as const],
        ['Egress' as const],
        ['Ingress' as const, 'Egress' as const],
      ),
      ingress: optionalList(ingressRule),
      egress: optionalList(egressRule),
    })
    .map((p) => ({
      apiVersion: 'networking.k8s.io/v1' as const,
      kind: 'NetworkPolicy' as const,
      metadata: withOptional(
        withOptional({ name: p.name, namespace }, 'labels', p.labels),
        'annotations',
        p.annotations,
      ),
      spec: withOptional(
        withOptional(
          { podSelector: p.podSelector, policyTypes: p.policyTypes },
          'ingress',
          p.ingress,
        ),
        'egress',
        p.egress,
      ),
    }));
}

const containerPort: fc.Arbitrary<ContainerPort> = fc
  .record({
    name: fc.option(portName, { nil: undefined }),
    containerPort: fc.integer({ min: 1, max: 65535 }),
    protocol,
  })
  .map(({ name, containerPort: number, protocol: p }) =>
    withOptional({ containerPort: number, protocol: p }, 'name', name),
  );

function workloadIn(namespace: string): fc.Arbitrary<Workload> {
  return fc
    .record({
      name: dnsLabel,
      kind: fc.constantFrom(...WORKLOAD_KINDS),
      labels,
      ports: fc
        .array(containerPort, { maxLength: 3 })
        .map((ports) => uniqueBy(ports, (p, i) => p.name ?? `#${i}`)),
      ips: fc.uniqueArray(ipv4, { maxLength: 2 }),
      replicas: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
      annotations,
    })
    .map((w) =>
      withOptional(
        withOptional(
          { namespace, name: w.name, kind: w.kind, labels: w.labels, ports: w.ports, ips: w.ips },
          'replicas',
          w.replicas,
        ),
        'annotations',
        w.annotations,
      ),
    );
}

const externalPort = fc.record(
  { port: fc.integer({ min: 1, max: 65535 }), protocol, name: portName },
  { requiredKeys: ['port', 'protocol'] },
);

const externalEndpoint: fc.Arbitrary<ExternalEndpoint> = fc.record(
  {
    name: fc.oneof(fc.constantFrom('backup server', 'Backup Server', 'dns', 'on'), dnsLabel),
    cidr: fc.oneof(ipv4, cidr),
    ports: fc.array(externalPort, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['name', 'cidr'] },
);

function uniqueBy<T>(items: readonly T[], key: (item: T, index: number) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item, i) => {
    const k = key(item, i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A normalized, valid document with at least one namespace. */
export function arbNormalizedDoc(): fc.Arbitrary<Doc> {
  return fc
    .uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 })
    .chain((names) => {
      const namespace = fc.constantFrom(...names);
      return fc.record({
        namespaces: fc.tuple(
          ...names.map((name) =>
            fc
              .record({ labels, annotations })
              .map(({ labels: l, annotations: a }): Namespace =>
                withOptional(
                  { name, labels: { ...l, [NAMESPACE_NAME_LABEL]: name } },
                  'annotations',
                  a,
                ),
              ),
          ),
        ),
        workloads: fc.array(namespace.chain(workloadIn), { maxLength: 4 }),
        externals: fc.array(externalEndpoint, { maxLength: 3 }),
        policies: fc.array(namespace.chain(policyIn), { maxLength: 4 }),
      });
    })
    .map((doc) => ({
      namespaces: doc.namespaces,
      workloads: uniqueBy(doc.workloads, (w) => `${w.namespace}/${w.name}`),
      externals: uniqueBy(doc.externals, (e) => e.name),
      policies: uniqueBy(doc.policies, (p) => `${p.metadata.namespace}/${p.metadata.name}`),
    }));
}
