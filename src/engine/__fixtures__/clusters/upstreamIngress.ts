/**
 * Ingress scenarios on the model of the upstream e2e suite
 * (kubernetes/kubernetes test/e2e/network/netpol/network_policy.go), written
 * for the full 3×3 cluster of `xyz.ts`. Names follow the upstream test each one
 * is modelled on; the truth tables are in `src/engine/golden.test.ts`.
 */
import type { Scenario } from './objects';
import { netpol } from './objects';
import { xyzCluster } from './xyz';

const NS_NAME = 'kubernetes.io/metadata.name';
const SOURCE = 'upstream e2e: ';

export const UPSTREAM_INGRESS_SCENARIOS: readonly Scenario[] = [
  {
    name: 'upstream/default-deny-ingress',
    summary: 'podSelector {} with policyTypes [Ingress] and no rules isolates every pod of x',
    source: `${SOURCE}should support a 'default-deny-ingress' policy`,
    doc: xyzCluster([
      netpol('x', 'deny-ingress', { podSelector: {}, policyTypes: ['Ingress'], ingress: [] }),
    ]),
  },
  {
    name: 'upstream/default-deny-all',
    summary: 'podSelector {} with both policyTypes and no rules: nothing in or out of x',
    source: `${SOURCE}should support a 'default-deny-all' policy`,
    doc: xyzCluster([
      netpol('x', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    ]),
  },
  {
    name: 'upstream/x-a-allows-x-b',
    summary: 'a podSelector peer alone means pods of the policy namespace: only x/b reaches x/a',
    source: `${SOURCE}should enforce policy to allow traffic from pods within server namespace based on PodSelector`,
    doc: xyzCluster([
      netpol('x', 'x-a-allows-x-b', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/allow-all-to-x-a-over-deny',
    summary:
      'deny-all ingress in x plus a policy letting everyone (ns {} AND pod {}) into x/a: allows add up',
    source: `${SOURCE}should enforce policy to allow ingress traffic for a target`,
    doc: xyzCluster([
      netpol('x', 'deny-all', { podSelector: {}, policyTypes: ['Ingress'], ingress: [] }),
      netpol('x', 'allow-all-to-a', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: {}, namespaceSelector: {} }] }],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-all-namespaces',
    summary: 'namespaceSelector {} (empty matchLabels) matches every namespace: nothing is blocked',
    source: `${SOURCE}should enforce policy to allow ingress traffic from pods in all namespaces`,
    doc: xyzCluster([
      netpol('x', 'allow-from-another-ns', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: {} } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-namespace-y',
    summary: 'namespaceSelector on the kubernetes.io/metadata.name label: only pods of y reach x/a',
    source: `${SOURCE}should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-ns-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { [NS_NAME]: 'y' } } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-allows-x-b-match-expressions',
    summary: 'podSelector with matchExpressions pod In [b]: same as matchLabels pod=b',
    source: `${SOURCE}should enforce policy based on PodSelector with MatchExpressions`,
    doc: xyzCluster([
      netpol('x', 'x-a-allows-x-b', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                podSelector: { matchExpressions: [{ key: 'pod', operator: 'In', values: ['b'] }] },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-namespace-y-match-expressions',
    summary: 'namespaceSelector with matchExpressions ns In [y]: only pods of y reach x/a',
    source: `${SOURCE}should enforce policy based on NamespaceSelector with MatchExpressions`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-match-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: 'ns', operator: 'In', values: ['y'] }],
                },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-pod-or-namespace',
    summary: 'two peers are ORed: pods outside x (ns NotIn [x]) or pod b of x reach x/a',
    source: `${SOURCE}should enforce policy based on PodSelector or NamespaceSelector`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-match-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: NS_NAME, operator: 'NotIn', values: ['x'] }],
                },
              },
              { podSelector: { matchLabels: { pod: 'b' } } },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-pod-and-namespace',
    summary: 'namespaceSelector and podSelector in ONE peer are ANDed: only pod b outside x',
    source: `${SOURCE}should enforce policy based on PodSelector and NamespaceSelector`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-podselector-and-nsselector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: NS_NAME, operator: 'NotIn', values: ['x'] }],
                },
                podSelector: { matchLabels: { pod: 'b' } },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-b-c-outside-x',
    summary: 'AND of ns NotIn [x] and pod In [b, c]: y/b, y/c, z/b, z/c reach x/a',
    source: `${SOURCE}should enforce policy based on Multiple PodSelectors and NamespaceSelectors`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-z-pod-b-c', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: NS_NAME, operator: 'NotIn', values: ['x'] }],
                },
                podSelector: {
                  matchExpressions: [{ key: 'pod', operator: 'In', values: ['b', 'c'] }],
                },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-b-or-c',
    summary: 'two podSelector peers (pod=b, pod=c) in x: x/b and x/c reach x/a',
    source: `${SOURCE}should enforce policy based on any PodSelectors`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-x-pod-b-c', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { pod: 'b' } } },
              { podSelector: { matchLabels: { pod: 'c' } } },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-y-a-only',
    summary: 'ns y AND pod a in one peer: only y/a reaches x/a',
    source: `${SOURCE}should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector`,
    doc: xyzCluster([
      netpol('x', 'allow-ns-y-pod-a-via-namespace-pod-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { [NS_NAME]: 'y' } },
                podSelector: { matchLabels: { pod: 'a' } },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-unlabelled-namespace',
    summary: 'a namespaceSelector that matches no namespace still isolates x/a: nobody reaches it',
    source: `${SOURCE}should allow ingress access from updated namespace (before the label is added)`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-ns-selector', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns2: 'updated' } } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/x-a-from-updated-namespace',
    summary: 'namespace y now carries ns2=updated: its pods reach x/a',
    source: `${SOURCE}should allow ingress access from updated namespace (after the label is added)`,
    doc: xyzCluster(
      [
        netpol('x', 'allow-client-a-via-ns-selector', {
          podSelector: { matchLabels: { pod: 'a' } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns2: 'updated' } } }] }],
        }),
      ],
      { namespaceLabels: { y: { ns2: 'updated' } } },
    ),
  },
  {
    name: 'upstream/x-a-from-updated-pod',
    summary:
      'x/b and y/b carry pod2=updated; a podSelector (pod=b, pod2=updated) peer admits only x/b (same namespace)',
    source: `${SOURCE}should allow ingress access from updated pod`,
    doc: xyzCluster(
      [
        netpol('x', 'allow-client-a-via-pod-selector', {
          podSelector: { matchLabels: { pod: 'a' } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b', pod2: 'updated' } } }] }],
        }),
      ],
      { podLabels: { 'x/b': { pod2: 'updated' }, 'y/b': { pod2: 'updated' } } },
    ),
  },
  {
    name: 'upstream/deny-from-other-namespaces',
    summary: 'podSelector {} as the only peer: pods of x reach each other, nothing else reaches x',
    source: `${SOURCE}should deny ingress from pods on other namespaces`,
    doc: xyzCluster([
      netpol('x', 'deny-empty-policy', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: {} } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/isolate-updated-pod',
    summary: 'x/a now carries target=isolated and a deny-ingress policy selects that label',
    source: `${SOURCE}should deny ingress access to updated pod`,
    doc: xyzCluster(
      [
        netpol('x', 'deny-ingress-via-label-selector', {
          podSelector: { matchLabels: { target: 'isolated' } },
          policyTypes: ['Ingress'],
          ingress: [],
        }),
      ],
      { podLabels: { 'x/a': { target: 'isolated' } } },
    ),
  },
  {
    name: 'upstream/policy-selects-only-its-namespace',
    summary: 'a deny-ingress policy for pod=a in z isolates z/a only, not x/a or y/a',
    source: 'spec: a policy selects pods only in its own namespace',
    doc: xyzCluster([
      netpol('z', 'deny-ingress-pod-a', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [],
      }),
    ]),
  },
  {
    name: 'upstream/policy-in-namespace-without-pods',
    summary: 'deny-all in a namespace w that holds no pods changes nothing',
    source: 'spec: a policy selects pods only in its own namespace',
    doc: xyzCluster(
      [netpol('w', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] })],
      { extraNamespaces: ['w'] },
    ),
  },
];
