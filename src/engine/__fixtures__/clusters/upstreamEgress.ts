/**
 * Egress and policyTypes scenarios on the model of the upstream e2e suite
 * (kubernetes/kubernetes test/e2e/network/netpol/network_policy.go), for the
 * full 3×3 cluster of `xyz.ts`. Truth tables: `src/engine/golden.test.ts`.
 */
import type { Scenario } from './objects';
import { netpol } from './objects';
import { xyzCluster } from './xyz';

const NS_NAME = 'kubernetes.io/metadata.name';
const SOURCE = 'upstream e2e: ';

/** x/a may egress only to pods `a` of namespace `y` (used by two scenarios). */
function allowXaToYaOnly() {
  return netpol('x', 'allow-to-ns-y-pod-a', {
    podSelector: { matchLabels: { pod: 'a' } },
    policyTypes: ['Egress'],
    egress: [
      {
        to: [
          {
            namespaceSelector: { matchLabels: { [NS_NAME]: 'y' } },
            podSelector: { matchLabels: { pod: 'a' } },
          },
        ],
      },
    ],
  });
}

export const UPSTREAM_EGRESS_SCENARIOS: readonly Scenario[] = [
  {
    name: 'upstream/deny-egress-x-a',
    summary: 'policyTypes [Egress] with egress [] for pod=a: x/a reaches nothing, itself included',
    source: `${SOURCE}should deny egress from pods based on PodSelector`,
    doc: xyzCluster([
      netpol('x', 'deny-egress-pod-a', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [],
      }),
    ]),
  },
  {
    name: 'upstream/deny-egress-all-x',
    summary: 'policyTypes [Egress] with egress [] for podSelector {}: no pod of x reaches anything',
    source: `${SOURCE}should deny egress from all pods in a namespace`,
    doc: xyzCluster([
      netpol('x', 'deny-egress-ns-x', { podSelector: {}, policyTypes: ['Egress'], egress: [] }),
    ]),
  },
  {
    name: 'upstream/ingress-and-egress-together',
    summary:
      'one policy on x/a: ingress only from x/b (any port), egress only to port 80 (TCP, any peer)',
    source: `${SOURCE}should work with Ingress, Egress specified together`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-pod-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress', 'Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
        egress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
      }),
    ]),
  },
  {
    name: 'upstream/client-egress-wins-over-server-ingress',
    summary:
      'x/a may only egress to y/a; y/a and y/b only admit x/a: so x/a→y/b is blocked by the client side',
    source: `${SOURCE}should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)`,
    doc: xyzCluster([
      allowXaToYaOnly(),
      netpol('y', 'allow-from-xa-on-ya-match-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { [NS_NAME]: 'x' } },
                podSelector: { matchLabels: { pod: 'a' } },
              },
            ],
          },
        ],
      }),
      netpol('y', 'allow-from-xa-on-yb-match-selector', {
        podSelector: { matchLabels: { pod: 'b' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { [NS_NAME]: 'x' } },
                podSelector: { matchLabels: { pod: 'a' } },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/egress-to-y-a-only',
    summary: 'egress of x/a to (ns y AND pod a) only',
    source: `${SOURCE}should enforce egress policy allowing traffic to a server in a different namespace based on PodSelector and NamespaceSelector`,
    doc: xyzCluster([allowXaToYaOnly()]),
  },
  {
    name: 'upstream/egress-namespace-not-in-y',
    summary: 'egress of x/a to namespaces NotIn [y]: x/a reaches x and z but not y',
    source: `${SOURCE}should enforce policy based on NamespaceSelector with MatchExpressions using default ns label`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-match-selector-for-immutable-ns-label', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: NS_NAME, operator: 'NotIn', values: ['y'] }],
                },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/egress-and-ingress-independent',
    summary:
      'x/a: one policy allows all egress, another denies all ingress; each direction on its own',
    source: `${SOURCE}should enforce policies to check ingress and egress policies can be controlled independently based on PodSelector`,
    doc: xyzCluster([
      netpol('x', 'allow-egress-for-target', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [{}],
      }),
      netpol('x', 'deny-ingress-via-label-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [],
      }),
    ]),
  },
  {
    name: 'upstream/egress-only-ignores-ingress-rules',
    summary:
      'policyTypes [Egress] wins over the rules present: the ingress rules (deny) are ignored, egress to z only',
    source:
      'spec: an explicit policyTypes is never changed; ingress rules under [Egress] are ignored',
    doc: xyzCluster([
      netpol('x', 'egress-only', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'none' } } }] }],
        egress: [{ to: [{ namespaceSelector: { matchLabels: { ns: 'z' } } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/policy-types-default-ingress-only',
    summary:
      'no policyTypes and egress: [] defaults to [Ingress] only: x/a admits only x/b, its egress is free',
    source: 'spec: policyTypes defaulting (egress: [] does not add Egress)',
    doc: xyzCluster([
      netpol('x', 'defaulted-ingress', {
        podSelector: { matchLabels: { pod: 'a' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
        egress: [],
      }),
    ]),
  },
  {
    name: 'upstream/policy-types-default-with-egress',
    summary:
      'no policyTypes and one egress rule defaults to [Ingress, Egress]: no ingress rules, so x/a admits nobody; it egresses to y only',
    source: 'spec: policyTypes defaulting (an egress rule adds Egress)',
    doc: xyzCluster([
      netpol('x', 'defaulted-both', {
        podSelector: { matchLabels: { pod: 'a' } },
        egress: [{ to: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }] }],
      }),
    ]),
  },
];
