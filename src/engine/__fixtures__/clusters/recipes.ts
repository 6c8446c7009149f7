/**
 * The classic NetworkPolicy recipes 01-14 (inspired by
 * ahmetb/kubernetes-network-policy-recipes, Apache-2.0; the policies are
 * written anew for `recipesCluster`). Truth tables: `golden.recipes.test.ts`.
 */
import type { NetworkPolicy } from '../../../model';
import type { Scenario } from './objects';
import { netpol } from './objects';
import { recipesCluster } from './recipesCluster';

const SOURCE = 'recipe ';
const WEB = { matchLabels: { app: 'web' } };

const webDenyAll: NetworkPolicy = netpol('default', 'web-deny-all', {
  podSelector: WEB,
  policyTypes: ['Ingress'],
  ingress: [],
});
const defaultDenyAll: NetworkPolicy = netpol('default', 'default-deny-all', {
  podSelector: {},
  policyTypes: ['Ingress'],
  ingress: [],
});
const DNS_PEER = {
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
  podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
};
const DNS_PORTS = [
  { protocol: 'UDP', port: 53 },
  { protocol: 'TCP', port: 53 },
] as const;

export const RECIPE_SCENARIOS: readonly Scenario[] = [
  {
    name: 'recipes/01-deny-all-to-web',
    summary: 'ingress: [] for app=web: nothing reaches web',
    source: `${SOURCE}01 deny all traffic to an application`,
    doc: recipesCluster([webDenyAll]),
  },
  {
    name: 'recipes/02-limit-api-to-bookstore',
    summary: 'the bookstore api admits only pods labelled app=bookstore of its namespace',
    source: `${SOURCE}02 limit traffic to an application`,
    doc: recipesCluster([
      netpol('default', 'api-allow', {
        podSelector: { matchLabels: { app: 'bookstore', role: 'api' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'bookstore' } } }] }],
      }),
    ]),
  },
  {
    name: 'recipes/02a-allow-all-to-web',
    summary: 'web-deny-all plus an ingress: [{}] policy for web: the allow wins (allows add up)',
    source: `${SOURCE}02a allow all traffic to an application`,
    doc: recipesCluster([
      webDenyAll,
      netpol('default', 'web-allow-all', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [{}],
      }),
    ]),
  },
  {
    name: 'recipes/03-default-deny-all',
    summary: 'podSelector {} and ingress: [] in default: no pod of default admits anything',
    source: `${SOURCE}03 deny all non-whitelisted traffic in the namespace`,
    doc: recipesCluster([defaultDenyAll]),
  },
  {
    name: 'recipes/04-deny-from-other-namespaces',
    summary: 'every pod of default admits only pods of default (peer podSelector {})',
    source: `${SOURCE}04 deny traffic from other namespaces`,
    doc: recipesCluster([
      netpol('default', 'deny-from-other-namespaces', {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: {} }] }],
      }),
    ]),
  },
  {
    name: 'recipes/05-web-from-all-namespaces',
    summary:
      'default deny in default, and web admits every pod of every namespace (namespaceSelector {})',
    source: `${SOURCE}05 allow traffic to an application from all namespaces`,
    doc: recipesCluster([
      defaultDenyAll,
      netpol('default', 'web-allow-all-namespaces', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: {} }] }],
      }),
    ]),
  },
  {
    name: 'recipes/06-web-from-production',
    summary: 'web admits only pods of namespaces labelled purpose=production',
    source: `${SOURCE}06 allow all traffic from a namespace`,
    doc: recipesCluster([
      netpol('default', 'web-allow-prod', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { purpose: 'production' } } }] }],
      }),
    ]),
  },
  {
    name: 'recipes/07-web-from-operations-monitoring',
    summary:
      'web admits pods labelled type=monitoring in namespaces labelled team=operations (AND)',
    source: `${SOURCE}07 allow traffic from some pods in another namespace`,
    doc: recipesCluster([
      netpol('default', 'web-allow-all-ns-monitoring', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { team: 'operations' } },
                podSelector: { matchLabels: { type: 'monitoring' } },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'recipes/08-web-from-outside',
    summary: 'default deny in default, web admits everyone: pods and addresses outside the cluster',
    source: `${SOURCE}08 allow external traffic`,
    doc: recipesCluster([
      defaultDenyAll,
      netpol('default', 'web-allow-external', {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [{ from: [] }],
      }),
    ]),
  },
  {
    name: 'recipes/09-apiserver-port-5000',
    summary:
      'apiserver admits role=monitoring pods of its namespace on TCP 5000 only (protocol defaulted)',
    source: `${SOURCE}09 allow traffic only to a port of an application`,
    doc: recipesCluster([
      netpol('default', 'api-allow-5000', {
        podSelector: { matchLabels: { app: 'apiserver' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            ports: [{ protocol: 'TCP', port: 5000 }],
            from: [{ podSelector: { matchLabels: { role: 'monitoring' } } }],
          },
        ],
      }),
    ]),
  },
  {
    name: 'recipes/10-db-from-three-selectors',
    summary: 'db admits bookstore search, bookstore api and inventory web (three ORed peers)',
    source: `${SOURCE}10 allow traffic from apps using multiple selectors`,
    doc: recipesCluster([
      netpol('default', 'redis-allow-services', {
        podSelector: { matchLabels: { app: 'bookstore', role: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { app: 'bookstore', role: 'search' } } },
              { podSelector: { matchLabels: { app: 'bookstore', role: 'api' } } },
              { podSelector: { matchLabels: { app: 'inventory', role: 'web' } } },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'recipes/11-foo-deny-egress',
    summary: 'policyTypes [Egress], egress: [] for app=foo: foo reaches nothing',
    source: `${SOURCE}11 deny egress traffic from an application`,
    doc: recipesCluster([
      netpol('default', 'foo-deny-egress', {
        podSelector: { matchLabels: { app: 'foo' } },
        policyTypes: ['Egress'],
        egress: [],
      }),
    ]),
  },
  {
    name: 'recipes/11-foo-egress-dns-only',
    summary: 'foo may only reach kube-dns in kube-system, on 53/UDP and 53/TCP',
    source: `${SOURCE}11 deny egress traffic from an application (allowing DNS)`,
    doc: recipesCluster([
      netpol('default', 'foo-deny-egress', {
        podSelector: { matchLabels: { app: 'foo' } },
        policyTypes: ['Egress'],
        egress: [{ to: [DNS_PEER], ports: [...DNS_PORTS] }],
      }),
    ]),
  },
  {
    name: 'recipes/12-default-deny-all-egress',
    summary: 'podSelector {}, policyTypes [Egress], egress: []: no pod of default reaches anything',
    source: `${SOURCE}12 deny all non-whitelisted traffic from a namespace`,
    doc: recipesCluster([
      netpol('default', 'default-deny-all-egress', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [],
      }),
    ]),
  },
  {
    name: 'recipes/13-egress-to-namespace-and-pod',
    summary:
      'foo egresses on 53/TCP, 53/UDP and 8080/TCP to all of kube-system, or to role=api pods of default',
    source: `${SOURCE}13 egress to a pod in a namespace via port`,
    doc: recipesCluster([
      netpol('default', 'foo-egress-dns-and-api', {
        podSelector: { matchLabels: { app: 'foo' } },
        policyTypes: ['Egress'],
        egress: [
          {
            ports: [
              { protocol: 'TCP', port: 53 },
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 8080 },
            ],
            to: [
              {
                namespaceSelector: {
                  matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
                },
              },
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'default' } },
                podSelector: { matchLabels: { role: 'api' } },
              },
            ],
          },
        ],
      }),
    ]),
  },
  {
    name: 'recipes/14-foo-deny-external-egress',
    summary:
      'foo egresses to DNS ports anywhere, and anywhere inside the cluster (namespaceSelector {})',
    source: `${SOURCE}14 deny external egress traffic`,
    doc: recipesCluster([
      netpol('default', 'foo-deny-external-egress', {
        podSelector: { matchLabels: { app: 'foo' } },
        policyTypes: ['Egress'],
        egress: [{ ports: [...DNS_PORTS] }, { to: [{ namespaceSelector: {} }] }],
      }),
    ]),
  },
];
