import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicySpec } from '../../model';
import { podKeyOf } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import type { PolicyTemplate } from './types';
import { applyEdit } from './applyEdit';
import { isTrafficAllowed } from '../verdict/evaluate';

function withTemplate(doc: Doc, template: PolicyTemplate): Doc {
  return applyEdit(doc, { type: 'applyTemplate', template });
}

function allowed(
  doc: Doc,
  from: string,
  to: string,
  port: number,
  protocol: 'TCP' | 'UDP' = 'TCP',
) {
  const key = (s: string) => {
    const [ns = '', name = ''] = s.split('/');
    return podKeyOf(ns, name);
  };
  return isTrafficAllowed(compilePolicies(doc), {
    from: { kind: 'pod', key: key(from) },
    to: { kind: 'pod', key: key(to) },
    port,
    protocol,
  }).allowed;
}

function only(doc: Doc): { name: string; namespace: string | undefined; spec: NetworkPolicySpec } {
  const [policy] = doc.policies;
  if (policy === undefined || doc.policies.length !== 1) throw new Error('expected one policy');
  return { name: policy.metadata.name, namespace: policy.metadata.namespace, spec: policy.spec };
}

describe('the default-deny templates', () => {
  it.each([
    [['Ingress'], 'default-deny-ingress'],
    [['Egress'], 'default-deny-egress'],
    [['Ingress', 'Egress'], 'default-deny-all'],
  ] as const)('%j writes %s selecting every pod of the namespace', (policyTypes, name) => {
    const doc = withTemplate(threeTierCluster([]), {
      kind: 'defaultDeny',
      namespace: 'prod',
      policyTypes,
    });
    expect(only(doc)).toEqual({ name, namespace: 'prod', spec: { podSelector: {}, policyTypes } });
  });

  it('denies ingress to every pod of the namespace and nothing elsewhere', () => {
    const doc = withTemplate(threeTierCluster([]), {
      kind: 'defaultDeny',
      namespace: 'prod',
      policyTypes: ['Ingress'],
    });
    expect(allowed(doc, 'prod/api', 'prod/db', 3306)).toBe(false);
    expect(allowed(doc, 'prod/web', 'dev/api', 5000)).toBe(true);
  });
});

describe('the DNS egress template', () => {
  const withDns = (doc: Doc) => withTemplate(doc, { kind: 'allowDnsEgress', namespace: 'prod' });
  const cluster = (): Doc => {
    const doc = applyEdit(threeTierCluster([]), {
      type: 'addWorkload',
      workload: {
        namespace: 'kube-system',
        name: 'coredns',
        kind: 'Deployment',
        labels: { 'k8s-app': 'kube-dns' },
        ports: [
          { containerPort: 53, protocol: 'UDP' },
          { containerPort: 53, protocol: 'TCP' },
        ],
        ips: [],
      },
    });
    return withTemplate(doc, { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Egress'] });
  };

  it('writes one peer with both selectors and ports 53 on UDP and TCP', () => {
    expect(only(withDns(threeTierCluster([]))).spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            },
          ],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    });
  });

  it('lets egress-denied pods resolve names again, and only that', () => {
    const denied = cluster();
    expect(allowed(denied, 'prod/web', 'kube-system/coredns', 53, 'UDP')).toBe(false);
    const doc = withDns(denied);
    expect(allowed(doc, 'prod/web', 'kube-system/coredns', 53, 'UDP')).toBe(true);
    expect(allowed(doc, 'prod/web', 'kube-system/coredns', 53, 'TCP')).toBe(true);
    expect(allowed(doc, 'prod/web', 'prod/api', 5000)).toBe(false);
  });
});

describe('the allow-from-namespace template', () => {
  it('admits every pod of the other namespace, and isolates the pods it selects', () => {
    const doc = withTemplate(threeTierCluster([]), {
      kind: 'allowFromNamespace',
      namespace: 'prod',
      from: 'dev',
    });
    expect(only(doc)).toMatchObject({ name: 'allow-from-dev', namespace: 'prod' });
    expect(allowed(doc, 'dev/api', 'prod/db', 3306)).toBe(true);
    expect(allowed(doc, 'test/api', 'prod/db', 3306)).toBe(false);
  });
});

describe('when a template is applied again', () => {
  it('adds nothing', () => {
    const template: PolicyTemplate = { kind: 'allowDnsEgress', namespace: 'prod' };
    const once = withTemplate(threeTierCluster([]), template);
    expect(withTemplate(once, template)).toBe(once);
  });

  it('does nothing for a namespace the document does not have', () => {
    const doc = threeTierCluster([]);
    expect(withTemplate(doc, { kind: 'allowDnsEgress', namespace: 'nope' })).toBe(doc);
  });

  it('picks a free name when the name is taken by another spec', () => {
    const first = withTemplate(threeTierCluster([]), {
      kind: 'allowFromNamespace',
      namespace: 'prod',
      from: 'dev',
    });
    const policy = first.policies[0];
    if (policy === undefined) throw new Error('no policy');
    const edited = applyEdit(first, {
      type: 'replacePolicy',
      ref: { namespace: 'prod', name: 'allow-from-dev' },
      policy: { ...policy, spec: { ...policy.spec, policyTypes: ['Ingress', 'Egress'] } },
    });
    const again = withTemplate(edited, {
      kind: 'allowFromNamespace',
      namespace: 'prod',
      from: 'dev',
    });
    expect(again.policies.map((p) => p.metadata.name)).toEqual([
      'allow-from-dev',
      'allow-from-dev-2',
    ]);
  });
});
