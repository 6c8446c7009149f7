import { describe, expect, it } from 'vitest';
import type { NetworkPolicySpec } from '../../model';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import { isTrafficAllowed } from '../verdict/evaluate';
import { trafficOf } from '../__fixtures__/docBuilder';
import {
  inferWorkloads,
  inferredAsWorkload,
  withInferred,
  workloadPortsText,
} from './inferWorkloads';

const shop = namespaceOf('shop');

const frontendToBackend: NetworkPolicySpec = {
  podSelector: { matchLabels: { app: 'backend' } },
  policyTypes: ['Ingress'],
  ingress: [
    {
      from: [{ podSelector: { matchLabels: { app: 'frontend' } } }],
      ports: [{ protocol: 'TCP', port: 8080 }],
    },
  ],
};

const denyAll: NetworkPolicySpec = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };

describe('when a namespace has policies and no pods', () => {
  const doc = docOf({
    namespaces: [shop],
    policies: [policyOf('shop/deny', denyAll), policyOf('shop/backend', frontendToBackend)],
  });

  it('infers one workload per distinct selector, named after it', () => {
    const inferred = inferWorkloads(doc);
    expect(inferred.map((w) => w.name)).toEqual(['all-pods', 'backend', 'frontend']);
    expect(inferred.every((w) => w.namespace === 'shop' && w.inferred !== undefined)).toBe(true);
  });

  it('gives each labels its selector matches, and names the policies behind it', () => {
    const [all, backend, frontend] = inferWorkloads(doc);
    expect(all?.labels).toEqual({});
    expect(backend?.labels).toEqual({ app: 'backend' });
    expect(frontend?.inferred).toEqual({
      selector: { matchLabels: { app: 'frontend' } },
      policies: ['shop/backend'],
    });
  });

  it('gives the destination of a rule the rule’s ports', () => {
    const backend = inferWorkloads(doc).find((w) => w.name === 'backend');
    expect(backend?.ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
  });

  it('lets the policies decide between the inferred pods as between real ones', () => {
    const index = compilePolicies(withInferred(doc));
    const allowed = (from: string, to: string) =>
      isTrafficAllowed(index, trafficOf(from, to, 8080)).allowed;
    expect(allowed('shop/frontend', 'shop/backend')).toBe(false); // egress denied
    const open = docOf({ namespaces: [shop], policies: [policyOf('shop/b', frontendToBackend)] });
    const openIndex = compilePolicies(withInferred(open));
    expect(
      isTrafficAllowed(openIndex, trafficOf('shop/frontend', 'shop/backend', 8080)).allowed,
    ).toBe(true);
    expect(
      isTrafficAllowed(openIndex, trafficOf('shop/backend', 'shop/backend', 8080)).allowed,
    ).toBe(false);
  });

  it('counts a selector once, whatever the order of its labels and values', () => {
    const twice = docOf({
      namespaces: [shop],
      policies: [
        policyOf('shop/a', { podSelector: { matchLabels: { app: 'x', tier: 'y' } } }),
        policyOf('shop/b', { podSelector: { matchLabels: { tier: 'y', app: 'x' } } }),
      ],
    });
    const inferred = inferWorkloads(twice);
    expect(inferred.map((w) => w.name)).toEqual(['x']);
    expect(inferred[0]?.inferred?.policies).toEqual(['shop/a', 'shop/b']);
  });
});

describe('when selectors use expressions', () => {
  const policyWith = (spec: NetworkPolicySpec['podSelector']) =>
    docOf({ namespaces: [shop], policies: [policyOf('shop/p', { podSelector: spec })] });

  it('takes the first value of In and a value for Exists', () => {
    const [w] = inferWorkloads(
      policyWith({
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['front', 'edge'] },
          { key: 'team', operator: 'Exists' },
        ],
      }),
    );
    expect(w?.labels).toEqual({ tier: 'front', team: 'any' });
    expect(w?.name).toBe('tier-front-edge-with-team');
  });

  it('leaves out a key that must not be there or must not have some values', () => {
    const [w] = inferWorkloads(
      policyWith({
        matchExpressions: [
          { key: 'env', operator: 'NotIn', values: ['prod'] },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    );
    expect(w?.labels).toEqual({});
    expect(w?.name).toBe('env-not-prod-no-legacy');
  });

  it('picks a value that NotIn allows', () => {
    const [w] = inferWorkloads(
      policyWith({
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'tier', operator: 'NotIn', values: ['a'] },
        ],
      }),
    );
    expect(w?.labels).toEqual({ tier: 'b' });
  });

  it('infers nothing for a selector no pod can match', () => {
    const inferred = inferWorkloads(
      policyWith({
        matchLabels: { app: 'a' },
        matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }],
      }),
    );
    expect(inferred).toEqual([]);
  });

  it('names a selector of many labels after the label that names the app', () => {
    const [w] = inferWorkloads(
      policyWith({
        matchLabels: {
          'app.kubernetes.io/component': 'prometheus',
          'app.kubernetes.io/instance': 'k8s',
          'app.kubernetes.io/name': 'prometheus',
          'app.kubernetes.io/part-of': 'kube-prometheus',
        },
      }),
    );
    expect(w?.name).toBe('prometheus');
  });

  it('keeps names valid', () => {
    const [w] = inferWorkloads(
      policyWith({ matchLabels: { 'app.kubernetes.io/name': 'Cart_Service.v2' } }),
    );
    expect(w?.name).toBe('cart-service-v2');
  });

  it('is named by the value of the label that names it, with a prefix only to tell apart', () => {
    const names = inferWorkloads(
      docOf({
        namespaces: [shop],
        policies: [
          policyOf('shop/a', { podSelector: { matchLabels: { app: 'web' } } }),
          policyOf('shop/b', { podSelector: { matchLabels: { app: 'web', tier: 'edge' } } }),
          policyOf('shop/c', { podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }),
          policyOf('shop/d', { podSelector: { matchLabels: { tier: 'cache' } } }),
          policyOf('shop/e', { podSelector: { matchLabels: { component: 'db' } } }),
          policyOf('shop/f', { podSelector: { matchLabels: { name: 'db' } } }),
        ],
      }),
    ).map((w) => w.name);
    // web is two selectors' name: the values of their other labels tell them apart; db's two
    // have none, and keep their keys; tier names a tier, not the pods.
    expect(names).toEqual(['web', 'web-edge', 'kube-dns', 'tier-cache', 'component-db', 'name-db']);
  });
});

describe('when a peer speaks about pods of another namespace', () => {
  const web = namespaceOf('web', { team: 'web' });
  const db = namespaceOf('db');
  const fromWeb: NetworkPolicySpec = {
    podSelector: { matchLabels: { app: 'db' } },
    policyTypes: ['Ingress'],
    ingress: [
      {
        from: [
          {
            namespaceSelector: { matchLabels: { team: 'web' } },
            podSelector: { matchLabels: { app: 'api' } },
          },
          { namespaceSelector: {}, podSelector: { matchLabels: { app: 'monitor' } } },
        ],
        ports: [{ port: 'postgres' }],
      },
    ],
  };

  it('infers the peer in each namespace its namespaceSelector names, if that one has policies', () => {
    const doc = docOf({
      namespaces: [web, db],
      policies: [policyOf('db/db', fromWeb), policyOf('web/deny', denyAll)],
    });
    const names = inferWorkloads(doc).map((w) => `${w.namespace}/${w.name}`);
    expect(names).toEqual(['web/api', 'web/all-pods', 'db/db', 'db/monitor']);
  });

  it('does not infer pods in a namespace that has none of its own policies', () => {
    const doc = docOf({ namespaces: [web, db], policies: [policyOf('db/db', fromWeb)] });
    expect(inferWorkloads(doc).map((w) => w.namespace)).toEqual(['db', 'db']);
  });

  it('gives a named port its usual number, so the rule resolves', () => {
    const doc = docOf({ namespaces: [db], policies: [policyOf('db/db', fromWeb)] });
    const dbPod = inferWorkloads(doc).find((w) => w.name === 'db');
    expect(dbPod?.ports).toEqual([{ name: 'postgres', containerPort: 5432, protocol: 'TCP' }]);
  });
});

describe('when the namespace has real workloads', () => {
  it('infers nothing there: the real pods stand for themselves', () => {
    const doc = docOf({
      namespaces: [shop, namespaceOf('other')],
      workloads: [podOf('shop/web', { app: 'frontend' })],
      policies: [policyOf('shop/backend', frontendToBackend), policyOf('other/deny', denyAll)],
    });
    expect(inferWorkloads(doc).map((w) => `${w.namespace}/${w.name}`)).toEqual(['other/all-pods']);
  });

  it('returns the same document when nothing is inferred', () => {
    const doc = docOf({
      namespaces: [shop],
      workloads: [podOf('shop/web', { app: 'frontend' })],
      policies: [policyOf('shop/backend', frontendToBackend)],
    });
    expect(withInferred(doc)).toBe(doc);
  });
});

describe('when an inferred workload becomes a real one', () => {
  it('loses its inference mark and keeps the rest', () => {
    const doc = docOf({ namespaces: [shop], policies: [policyOf('shop/b', frontendToBackend)] });
    const [backend] = inferWorkloads(doc);
    expect(backend && inferredAsWorkload(backend)).toEqual({
      namespace: 'shop',
      name: 'backend',
      kind: 'Pod',
      labels: { app: 'backend' },
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
      ips: [],
    });
  });
});

describe('when a peer is every pod of a namespace', () => {
  it('infers no pod for it: its lines go to the namespace', () => {
    const doc = docOf({
      namespaces: [shop],
      policies: [
        policyOf('shop/api', {
          podSelector: { matchLabels: { app: 'api' } },
          policyTypes: ['Ingress'],
          ingress: [{ from: [{ namespaceSelector: {} }, { podSelector: {} }] }],
        }),
      ],
    });
    expect(inferWorkloads(doc).map((w) => w.name)).toEqual(['api']);
  });
});

describe('when a rule towards inferred pods has a port range', () => {
  const doc = docOf({
    namespaces: [shop],
    policies: [
      policyOf('shop/cache', {
        podSelector: { matchLabels: { tier: 'cache' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            ports: [
              { protocol: 'TCP', port: 8000, endPort: 8100 },
              { protocol: 'TCP', port: 30000, endPort: 32767 },
              { protocol: 'TCP', port: 6379 },
            ],
          },
        ],
      }),
    ],
  });

  it('lists the range as a range, beside its single ports', () => {
    const cache = inferWorkloads(doc).find((w) => w.name === 'tier-cache');
    expect(cache && workloadPortsText(cache)).toEqual([
      'TCP 6379',
      'TCP 8000-8100',
      'TCP 30000-32767',
    ]);
  });
});
