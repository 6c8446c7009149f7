import { describe, expect, it } from 'vitest';
import { defaultPolicyTypes, normalizeNetworkPolicy } from './normalize';

const policy = (spec: unknown, metadata: unknown = { name: 'p' }) =>
  normalizeNetworkPolicy({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata,
    spec,
  });

describe('when policyTypes is not written', () => {
  it('defaults to Ingress for a policy without egress rules', () => {
    expect(policy({ podSelector: {} }).spec.policyTypes).toEqual(['Ingress']);
  });

  it('adds Egress when egress has at least one rule', () => {
    expect(policy({ podSelector: {}, egress: [{}] }).spec.policyTypes).toEqual([
      'Ingress',
      'Egress',
    ]);
  });

  it('does not add Egress for an empty egress list', () => {
    expect(policy({ podSelector: {}, egress: [] }).spec.policyTypes).toEqual(['Ingress']);
  });

  it('treats an empty list like an absent one', () => {
    expect(policy({ podSelector: {}, policyTypes: [], egress: [{}] }).spec.policyTypes).toEqual([
      'Ingress',
      'Egress',
    ]);
  });

  it('shares the rule with the exporter', () => {
    expect(defaultPolicyTypes({ egress: [{ to: [] }] })).toEqual(['Ingress', 'Egress']);
  });
});

describe('when policyTypes is written', () => {
  it('keeps it even when the rules say otherwise', () => {
    const spec = { podSelector: {}, policyTypes: ['Egress'], ingress: [{}] };
    expect(policy(spec).spec).toEqual({ podSelector: {}, policyTypes: ['Egress'], ingress: [{}] });
  });
});

describe('when metadata is read', () => {
  it('puts a policy without a namespace in default', () => {
    expect(policy({ podSelector: {} }).metadata).toEqual({ name: 'p', namespace: 'default' });
  });

  it('keeps labels and annotations, without the last-applied copy', () => {
    const metadata = {
      name: 'p',
      namespace: 'shop',
      labels: { b: '2', a: '1' },
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', note: 'x' },
    };
    const read = policy({ podSelector: {} }, metadata).metadata;
    expect(read).toEqual({
      name: 'p',
      namespace: 'shop',
      labels: { a: '1', b: '2' },
      annotations: { note: 'x' },
    });
    expect(Object.keys(read.labels ?? {})).toEqual(['a', 'b']);
  });
});

describe('when selectors are normalized', () => {
  it('makes a missing or null podSelector {}', () => {
    expect(policy({}).spec.podSelector).toEqual({});
    expect(policy({ podSelector: null }).spec.podSelector).toEqual({});
  });

  it('drops null or empty matchLabels and empty matchExpressions', () => {
    const spec = {
      podSelector: { matchLabels: null, matchExpressions: [] },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: {} } }] }],
    };
    expect(policy(spec).spec).toMatchObject({
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: {} }] }],
    });
  });

  it('keeps expressions as written', () => {
    const matchExpressions = [
      { key: 'tier', operator: 'In', values: ['b', 'a'] },
      { key: 'canary', operator: 'DoesNotExist' },
    ];
    expect(policy({ podSelector: { matchExpressions } }).spec.podSelector).toEqual({
      matchExpressions,
    });
  });

  it('reads a label without a value as the empty string, never drops it', () => {
    const spec = {
      podSelector: { matchLabels: { app: null } },
      ingress: [
        {
          from: [
            { podSelector: { matchExpressions: [{ key: 'a', operator: 'In', values: [null] }] } },
          ],
        },
      ],
    };
    expect(policy(spec).spec.podSelector).toEqual({ matchLabels: { app: '' } });
    expect(policy(spec).spec.ingress?.[0]?.from?.[0]?.podSelector).toEqual({
      matchExpressions: [{ key: 'a', operator: 'In', values: [''] }],
    });
  });

  it('treats a null peer selector as absent', () => {
    const spec = {
      podSelector: {},
      ingress: [{ from: [{ podSelector: null, namespaceSelector: {} }] }],
    };
    expect(policy(spec).spec.ingress).toEqual([{ from: [{ namespaceSelector: {} }] }]);
  });
});

describe('when rules are normalized', () => {
  it('keeps empty and absent lists as written', () => {
    const spec = { podSelector: {}, ingress: [{ from: [] }, {}, { ports: [] }], egress: [] };
    expect(policy(spec).spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [] }, {}, { ports: [] }],
      egress: [],
    });
  });

  it('treats null lists as absent', () => {
    expect(
      policy({ podSelector: {}, ingress: null, egress: [{ to: null, ports: null }] }).spec,
    ).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      egress: [{}],
    });
  });

  it('defaults each port protocol to TCP, also for a port-less entry', () => {
    const spec = {
      podSelector: {},
      ingress: [{ ports: [{}, { port: 53, protocol: 'UDP' }, { port: 'http' }] }],
    };
    expect(policy(spec).spec.ingress?.[0]?.ports).toEqual([
      { protocol: 'TCP' },
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 'http' },
    ]);
  });

  it('keeps CIDRs and excepts as written', () => {
    const ipBlock = { cidr: '10.0.1.1/16', except: ['10.0.9.0/24'] };
    const spec = {
      podSelector: {},
      egress: [{ to: [{ ipBlock }], ports: [{ port: 32000, endPort: 32768 }] }],
    };
    expect(policy(spec).spec.egress).toEqual([
      { to: [{ ipBlock }], ports: [{ protocol: 'TCP', port: 32000, endPort: 32768 }] },
    ]);
  });
});
