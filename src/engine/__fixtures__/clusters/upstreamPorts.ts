/**
 * Port and protocol scenarios on the model of the upstream e2e suite
 * (kubernetes/kubernetes test/e2e/network/netpol/network_policy.go): numeric
 * and named ports, endPort ranges, TCP/UDP/SCTP kept apart. The 3×3 cluster of
 * `xyz.ts` serves 80 and 81 on every protocol. Truth tables: `golden.test.ts`.
 */
import type { Scenario } from './objects';
import { netpol } from './objects';
import { xyzCluster } from './xyz';

const NS_NAME = 'kubernetes.io/metadata.name';
const SOURCE = 'upstream e2e: ';
const FROM_NS_Y = { namespaceSelector: { matchLabels: { [NS_NAME]: 'y' } } };

/** Ingress to x/a from namespace y on one TCP port. */
function allowXaFromYOn(port: number, name: string) {
  return netpol('x', name, {
    podSelector: { matchLabels: { pod: 'a' } },
    policyTypes: ['Ingress'],
    ingress: [{ from: [FROM_NS_Y], ports: [{ protocol: 'TCP', port }] }],
  });
}

export const UPSTREAM_PORT_SCENARIOS: readonly Scenario[] = [
  {
    name: 'upstream/x-a-from-y-on-81',
    summary: 'ingress to x/a from namespace y on TCP 81 only',
    source: `${SOURCE}should enforce policy based on Ports`,
    doc: xyzCluster([allowXaFromYOn(81, 'allow-client-a-via-ns-selector')]),
  },
  {
    name: 'upstream/stacked-port-policies',
    summary: 'two policies on x/a, from y on TCP 81 and from y on TCP 80: they add up',
    source: `${SOURCE}should enforce multiple, stacked policies with overlapping podSelectors`,
    doc: xyzCluster([
      allowXaFromYOn(81, 'allow-client-a-via-ns-selector'),
      allowXaFromYOn(80, 'allow-client-a-via-ns-selector-80'),
    ]),
  },
  {
    name: 'upstream/allow-all-in-x',
    summary: 'ingress: [{}] for podSelector {}: isolated, yet everything is allowed',
    source: `${SOURCE}should support allow-all policy`,
    doc: xyzCluster([
      netpol('x', 'allow-all', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] }),
    ]),
  },
  {
    name: 'upstream/named-port-serve-81-tcp',
    summary: 'ingress to every pod of x on the named port serve-81-tcp (protocol defaults to TCP)',
    source: `${SOURCE}should allow ingress access on one named port`,
    doc: xyzCluster([
      netpol('x', 'allow-all', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'TCP', port: 'serve-81-tcp' }] }],
      }),
    ]),
  },
  {
    name: 'upstream/named-port-from-namespace-y',
    summary: 'ingress to x/a from namespace y on the named port serve-80-tcp only',
    source: `${SOURCE}should allow ingress access from namespace on one named port`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-ns-selector-80', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [FROM_NS_Y], ports: [{ protocol: 'TCP', port: 'serve-80-tcp' }] }],
      }),
    ]),
  },
  {
    name: 'upstream/egress-named-port',
    summary:
      'egress of every pod of x on the named port serve-80-tcp, resolved on the destination pod',
    source: `${SOURCE}should allow egress access on one named port`,
    doc: xyzCluster([
      netpol('x', 'allow-egress', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ ports: [{ protocol: 'TCP', port: 'serve-80-tcp' }] }],
      }),
    ]),
  },
  {
    name: 'upstream/ingress-any-tcp-port',
    summary: 'a port entry with only protocol: TCP allows every TCP port into x/a, no UDP or SCTP',
    source: `${SOURCE}should enforce ingress policy allowing any port traffic to a server on a specific protocol`,
    doc: xyzCluster([
      netpol('x', 'allow-ingress-by-proto', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'TCP' }] }],
      }),
    ]),
  },
  {
    name: 'upstream/ingress-port-80-only',
    summary: 'every pod of x admits TCP 80 from anyone, nothing on 81',
    source: `${SOURCE}should enforce multiple ingress policies with ingress allow-all policy taking precedence (first step)`,
    doc: xyzCluster([
      netpol('x', 'allow-ingress-port-80', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/ingress-allow-all-adds-up',
    summary: 'the port-80 policy plus an allow-all ingress policy: 81 is allowed again',
    source: `${SOURCE}should enforce multiple ingress policies with ingress allow-all policy taking precedence`,
    doc: xyzCluster([
      netpol('x', 'allow-ingress-port-80', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
      netpol('x', 'allow-ingress', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] }),
    ]),
  },
  {
    name: 'upstream/egress-port-80-only',
    summary: 'every pod of x may egress on TCP 80 only',
    source: `${SOURCE}should enforce multiple egress policies with egress allow-all policy taking precedence (first step)`,
    doc: xyzCluster([
      netpol('x', 'allow-egress-port-80', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/egress-allow-all-adds-up',
    summary: 'the egress port-80 policy plus an allow-all egress policy: 81 is allowed again',
    source: `${SOURCE}should enforce multiple egress policies with egress allow-all policy taking precedence`,
    doc: xyzCluster([
      netpol('x', 'allow-egress-port-80', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
      netpol('x', 'allow-egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{}] }),
    ]),
  },
  {
    name: 'upstream/sctp-is-not-tcp',
    summary: 'default deny ingress in x plus SCTP 81 into x/a: TCP 81 stays blocked',
    source: `${SOURCE}should not mistakenly treat 'protocol: SCTP' as 'protocol: TCP', even if the plugin doesn't support SCTP`,
    doc: xyzCluster([
      netpol('x', 'deny-ingress', { podSelector: {}, policyTypes: ['Ingress'], ingress: [] }),
      netpol('x', 'allow-only-sctp-ingress-on-port-81', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'SCTP', port: 81 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/sctp-rule-still-isolates',
    summary: 'a policy allowing only SCTP 80 into x/a isolates x/a for TCP',
    source: `${SOURCE}should properly isolate pods that are selected by a policy allowing SCTP, even if the plugin doesn't support SCTP`,
    doc: xyzCluster([
      netpol('x', 'allow-only-sctp-ingress-on-port-80', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'SCTP', port: 80 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/udp-is-not-tcp',
    summary: 'a policy allowing only UDP 81 into x/a: TCP 81 is blocked, UDP 81 allowed',
    source: `${SOURCE}should not allow access by TCP when a policy specifies only UDP`,
    doc: xyzCluster([
      netpol('x', 'allow-only-udp-ingress-on-port-81', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ protocol: 'UDP', port: 81 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/end-port-ranges',
    summary: 'into x/a: TCP 81-90 and UDP 75-80 (endPort is inclusive)',
    source: 'spec: endPort (upstream feature test "should support a port range")',
    doc: xyzCluster([
      netpol('x', 'port-ranges', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            ports: [
              { protocol: 'TCP', port: 81, endPort: 90 },
              { protocol: 'UDP', port: 75, endPort: 80 },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/named-port-protocol-must-match',
    summary:
      'serve-80-udp asked for on TCP matches nothing; serve-81-udp on UDP admits namespace z into x/a',
    source: 'spec: a named port matches a container port of that name AND protocol',
    doc: xyzCluster([
      netpol('x', 'named-port-protocols', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          { ports: [{ protocol: 'TCP', port: 'serve-80-udp' }] },
          {
            from: [{ namespaceSelector: { matchLabels: { ns: 'z' } } }],
            ports: [{ protocol: 'UDP', port: 'serve-81-udp' }],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/empty-from-with-ports',
    summary: 'from: [] means every peer: all of x admits TCP 80 from anyone, nothing else',
    source: 'spec: an empty from list means every source',
    doc: xyzCluster([
      netpol('x', 'port-80-from-anyone', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [], ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/selector-operators',
    summary:
      'target pod NotIn [a] (x/b, x/c); rule 1 from ns Exists ns + ns=z; rule 2 from pods where pod DoesNotExist (none)',
    source: 'spec: matchExpressions In, NotIn, Exists, DoesNotExist; matchLabels ANDed with them',
    doc: xyzCluster([
      netpol('x', 'operators', {
        podSelector: { matchExpressions: [{ key: 'pod', operator: 'NotIn', values: ['a'] }] },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchLabels: { ns: 'z' },
                  matchExpressions: [{ key: 'ns', operator: 'Exists' }],
                },
              },
            ],
          },
          {
            from: [
              { podSelector: { matchExpressions: [{ key: 'pod', operator: 'DoesNotExist' }] } },
            ],
          },
        ],
      }),
    ]),
  },
];
