import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyIngressRule, NetworkPolicySpec } from '../../model';
import { podKeyOf } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from '../verdict/evaluate';
import { ingressFromAnywhere, workloadUnreachable } from './reach';

const web = podOf('prod/web', { role: 'web' }, { ports: [{ containerPort: 80, protocol: 'TCP' }] });
const api = podOf('prod/api', { role: 'api' }, { ips: ['10.0.0.2'] });
const db = podOf(
  'prod/db',
  { role: 'db' },
  { ports: [{ name: 'mysql', containerPort: 3306, protocol: 'TCP' }] },
);

function prod(specs: Record<string, NetworkPolicySpec>): Doc {
  return docOf({
    namespaces: [namespaceOf('prod')],
    workloads: [web, api, db],
    policies: Object.entries(specs).map(([name, spec]) => policyOf(`prod/${name}`, spec)),
  });
}

function dbIngress(...ingress: NetworkPolicyIngressRule[]): Doc {
  return prod({
    'db-policy': {
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress'],
      ingress,
    },
  });
}

const unreachable = (doc: Doc) => workloadUnreachable(doc, compilePolicies(doc));
const anywhere = (doc: Doc) => ingressFromAnywhere(doc, compilePolicies(doc));

describe('a workload nobody can reach', () => {
  it('is one that declares ports, is isolated for ingress and has no rule at all', () => {
    expect(unreachable(dbIngress())).toEqual([
      {
        id: 'workloadUnreachable:prod/db',
        kind: 'workloadUnreachable',
        severity: 'warning',
        message:
          'Nothing can connect to prod/db: it declares TCP 3306, but prod/db-policy isolates it for ingress and no rule admits any source on that port.',
        subjects: [
          { kind: 'workload', namespace: 'prod', name: 'db' },
          { kind: 'policy', namespace: 'prod', name: 'db-policy' },
        ],
        fix: null,
      },
    ]);
  });

  it.each<[string, NetworkPolicyIngressRule]>([
    ['only on a port it does not declare', { ports: [{ protocol: 'TCP', port: 9999 }] }],
    ['only on a named port it does not declare', { ports: [{ port: 'postgres' }] }],
    [
      'only from pods that do not exist',
      { from: [{ podSelector: { matchLabels: { role: 'x' } } }] },
    ],
    ['only from itself', { from: [{ podSelector: { matchLabels: { role: 'db' } } }] }],
  ])('is also one whose rules admit %s', (_, rule) => {
    const doc = dbIngress(rule);
    expect(unreachable(doc).map((f) => f.id)).toEqual(['workloadUnreachable:prod/db']);
    const index = compilePolicies(doc);
    const to = { kind: 'pod' as const, key: podKeyOf('prod', 'db') };
    for (const from of [
      { kind: 'pod' as const, key: podKeyOf('prod', 'api') },
      { kind: 'pod' as const, key: podKeyOf('prod', 'web') },
      { kind: 'ip' as const, ip: '203.0.113.9' },
    ]) {
      expect(isTrafficAllowed(index, { from, to, port: 3306, protocol: 'TCP' }).allowed).toBe(
        false,
      );
    }
  });

  it.each<[string, NetworkPolicyIngressRule]>([
    ['a pod on its port', { from: [{ podSelector: { matchLabels: { role: 'api' } } }] }],
    ['its named port', { ports: [{ port: 'mysql' }] }],
    ['an address outside', { from: [{ ipBlock: { cidr: '192.168.5.10/32' } }] }],
  ])('is not one when a rule admits %s', (_, rule) => {
    expect(unreachable(dbIngress(rule))).toEqual([]);
  });

  it('is not a workload without ports behind a default deny (a job that only calls out)', () => {
    expect(
      unreachable(prod({ deny: { podSelector: {}, policyTypes: ['Ingress'] } })).map((f) => f.id),
    ).toEqual(['workloadUnreachable:prod/web', 'workloadUnreachable:prod/db']);
  });
});

describe('ingress from anywhere', () => {
  const web80: NetworkPolicySpec = {
    podSelector: { matchLabels: { role: 'web' } },
    policyTypes: ['Ingress'],
    ingress: [{ ports: [{ protocol: 'TCP', port: 80 }] }],
  };

  it('informs when a rule without from opens chosen ports', () => {
    expect(anywhere(prod({ 'web-policy': web80 }))).toEqual([
      {
        id: 'ingressFromAnywhere:prod/web-policy:spec.ingress[0]',
        kind: 'ingressFromAnywhere',
        severity: 'info',
        message:
          'spec.ingress[0] of prod/web-policy lets every pod and every address (it has no from) connect to prod/web on TCP 80.',
        subjects: [
          { kind: 'policy', namespace: 'prod', name: 'web-policy', path: 'spec.ingress[0]' },
          { kind: 'workload', namespace: 'prod', name: 'web' },
        ],
        fix: null,
      },
    ]);
  });

  it('warns when every port is open to everyone', () => {
    const doc = prod({
      open: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [] }] },
    });
    expect(anywhere(doc).map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        'spec.ingress[0] of prod/open lets every pod and every address (its from is empty) connect to prod/web, prod/api and prod/db on every port.',
      ],
    ]);
  });

  it.each([
    ['0.0.0.0/0', [], 'every address (0.0.0.0/0)'],
    ['::/0', [], 'every address (::/0)'],
    ['0.0.0.0/0', ['10.0.0.0/8'], 'every address (0.0.0.0/0 except 10.0.0.0/8)'],
  ])('counts an ipBlock %s except %j', (cidr, except, who) => {
    const doc = dbIngress({
      from: [{ ipBlock: except.length > 0 ? { cidr, except } : { cidr } }],
      ports: [{ protocol: 'TCP', port: 3306 }, { port: 'mysql' }],
    });
    expect(anywhere(doc).map((f) => f.message)).toEqual([
      `spec.ingress[0] of prod/db-policy lets ${who} connect to prod/db on TCP 3306 and TCP port named mysql.`,
    ]);
  });

  it('ignores narrower peers and ingress rules the policy does not enforce', () => {
    expect(anywhere(dbIngress({ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }))).toEqual([]);
    const egressOnly = prod({
      e: { podSelector: {}, policyTypes: ['Egress'], ingress: [{}] },
    });
    expect(anywhere(egressOnly)).toEqual([]);
  });
});
