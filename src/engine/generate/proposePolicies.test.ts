import { describe, expect, it } from 'vitest';
import type { Doc, ObservedConnection, ObservedEnd, Workload } from '../../model';
import { compilePolicies } from '../compile/compile';
import { isTrafficAllowed } from '../verdict/evaluate';
import type { Endpoint } from '../verdict/verdict';
import { DNS_RULE, proposePolicies } from './proposePolicies';
import type { Proposal } from './types';

function workload(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ip: string,
): Workload {
  return { namespace, name, kind: 'Deployment', labels, ports: [], ips: [ip] };
}

const DESIGN: Doc = {
  namespaces: ['shop', 'ops'].map((name) => ({
    name,
    labels: { 'kubernetes.io/metadata.name': name },
  })),
  workloads: [
    workload('shop', 'web', { app: 'shop', tier: 'web' }, '10.0.0.1'),
    workload('shop', 'api', { app: 'shop', tier: 'api' }, '10.0.0.2'),
    workload('shop', 'db', { app: 'shop', tier: 'db' }, '10.0.0.3'),
    workload('ops', 'probe', { app: 'probe' }, '10.0.9.1'),
  ],
  externals: [],
  policies: [],
};

function pod(namespace: string, name: string): ObservedEnd {
  return { kind: 'pod', namespace, pod: name };
}

function seen(from: ObservedEnd, to: ObservedEnd, port: number, line = 1): ObservedConnection {
  return { from, to, port, protocol: 'TCP', file: 'flows.csv', line };
}

function proposed(doc: Doc, observed: ObservedConnection[], options = {}): Proposal {
  const result = proposePolicies(doc, observed, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.proposal;
}

function allowed(proposal: Proposal, from: Endpoint, to: Endpoint, port: number): boolean {
  return isTrafficAllowed(compilePolicies(proposal.doc), { from, to, port, protocol: 'TCP' })
    .allowed;
}

const key = (k: string): Endpoint => ({ kind: 'pod', key: k as never });

describe('proposePolicies', () => {
  it('writes one policy per workload seen, peers by the fewest labels, ports merged', () => {
    const proposal = proposed(DESIGN, [
      seen(pod('shop', 'web-7c9d5-abcde'), pod('shop', 'api-7c9d5-fghij'), 8080),
      seen(pod('shop', 'web-7c9d5-klmno'), pod('shop', 'api-7c9d5-fghij'), 8443),
      seen(pod('ops', 'probe-0'), pod('shop', 'api'), 8080),
      seen(pod('shop', 'api'), { kind: 'ip', ip: '10.0.0.3' }, 5432),
      seen(pod('shop', 'api'), { kind: 'ip', ip: '203.0.113.9' }, 443),
    ]);
    expect(proposal.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      'shop/web',
      'shop/api',
      'shop/db',
      'ops/probe',
    ]);
    const api = proposal.policies[1];
    expect(api?.spec).toEqual({
      podSelector: { matchLabels: { tier: 'api' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { tier: 'web' } } }],
          ports: [
            { protocol: 'TCP', port: 8080 },
            { protocol: 'TCP', port: 8443 },
          ],
        },
        {
          from: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ops' } },
              podSelector: { matchLabels: { app: 'probe' } },
            },
          ],
          ports: [{ protocol: 'TCP', port: 8080 }],
        },
      ],
      egress: [
        {
          to: [{ podSelector: { matchLabels: { tier: 'db' } } }],
          ports: [{ protocol: 'TCP', port: 5432 }],
        },
        { to: [{ ipBlock: { cidr: '203.0.113.9/32' } }], ports: [{ protocol: 'TCP', port: 443 }] },
        DNS_RULE,
      ],
    });
    expect(proposal.added.externals).toEqual([{ name: '203.0.113.9/32', cidr: '203.0.113.9/32' }]);
    expect(allowed(proposal, key('shop/web'), key('shop/api'), 8443)).toBe(true);
    expect(allowed(proposal, key('ops/probe'), key('shop/api'), 8443)).toBe(false);
    expect(allowed(proposal, key('shop/web'), key('shop/db'), 5432)).toBe(false);
  });

  it('asks for the cluster pods when a CSV names a pod the design lacks', () => {
    const result = proposePolicies(DESIGN, [
      seen(pod('shop', 'cart-1x'), pod('shop', 'web'), 80, 7),
    ]);
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0];
    expect([issue?.file, issue?.line, issue?.severity]).toEqual(['flows.csv', 7, 'error']);
    expect(issue?.message).toMatch(
      /^pod shop\/cart-1x is not in the design, .*: pass the cluster's pods too/,
    );
  });

  it("makes Hubble's pods the design lacks workloads, from their labels, replicas as one", () => {
    const cart = (name: string, ip: string): ObservedEnd => ({
      kind: 'pod',
      namespace: 'store',
      pod: name,
      labels: { app: 'cart', 'pod-template-hash': '5f6b8' },
      ip,
    });
    const proposal = proposed(DESIGN, [
      seen(cart('cart-5f6b8-aaaaa', '10.2.0.1'), pod('shop', 'api'), 8080),
      seen(cart('cart-5f6b8-bbbbb', '10.2.0.2'), pod('shop', 'api'), 8080),
    ]);
    expect(proposal.added.namespaces.map((n) => n.name)).toEqual(['store']);
    expect(proposal.added.workloads).toEqual([
      {
        namespace: 'store',
        name: 'cart',
        kind: 'Deployment',
        labels: { app: 'cart' },
        ports: [],
        ips: ['10.2.0.1', '10.2.0.2'],
        replicas: 2,
      },
    ]);
    expect(allowed(proposal, key('store/cart'), key('shop/api'), 8080)).toBe(true);
  });

  it('groups outside addresses into blocks when asked, and says what else the block lets in', () => {
    const proposal = proposed(
      DESIGN,
      [
        seen({ kind: 'ip', ip: '203.0.113.9' }, pod('shop', 'web'), 443),
        seen({ kind: 'ip', ip: '203.0.113.20' }, pod('shop', 'web'), 443),
      ],
      { cidrPrefix: 24 },
    );
    expect(proposal.policies[0]?.spec.ingress).toEqual([
      { from: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ protocol: 'TCP', port: 443 }] },
    ]);
    expect(proposal.broader.find((b) => b.kind === 'cidrBlock')?.message).toBe(
      '203.0.113.0/24 stands for 203.0.113.9 and 203.0.113.20: every address in it is allowed the same',
    );
  });

  it('says which workloads no selector tells apart, and adds a default deny when asked', () => {
    const twins: Doc = {
      ...DESIGN,
      workloads: [
        ...DESIGN.workloads,
        workload('shop', 'web-old', { app: 'shop', tier: 'web' }, '10.0.0.9'),
      ],
    };
    const proposal = proposed(twins, [seen(pod('shop', 'web'), pod('shop', 'api'), 8080)], {
      defaultDeny: true,
    });
    expect(proposal.policies.map((p) => p.metadata.name)).toEqual([
      'default-deny',
      'default-deny',
      'web',
      'api',
    ]);
    expect(proposal.broader.map((b) => b.kind)).toEqual(['dns', 'sameLabels']);
    expect(proposal.broader[1]?.message).toBe(
      'shop/web and shop/web-old have the same labels (app=shop, tier=web): no selector tells ' +
        'them apart, so each is allowed what any of them was seen doing',
    );
    expect(allowed(proposal, key('shop/web-old'), key('shop/api'), 8080)).toBe(true);
    expect(allowed(proposal, key('ops/probe'), key('shop/db'), 5432)).toBe(false);
  });
});
