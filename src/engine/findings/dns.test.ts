import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyEgressRule, NetworkPolicySpec } from '../../model';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { WEB_EGRESS_TO_API_ONLY } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { applyEdit } from '../edits/applyEdit';
import { egressWithoutDns } from './dns';

const web = podOf('prod/web', { role: 'web' }, { ports: [{ containerPort: 80, protocol: 'TCP' }] });
const api = podOf(
  'prod/api',
  { role: 'api' },
  { ports: [{ containerPort: 5000, protocol: 'TCP' }] },
);
const coredns = podOf(
  'kube-system/coredns',
  { 'k8s-app': 'kube-dns' },
  {
    ports: [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
    ],
  },
);

function prod(specs: Record<string, NetworkPolicySpec>, withDns = false): Doc {
  return docOf({
    namespaces: [namespaceOf('prod'), ...(withDns ? [namespaceOf('kube-system')] : [])],
    workloads: [web, api, ...(withDns ? [coredns] : [])],
    policies: Object.entries(specs).map(([name, spec]) => policyOf(`prod/${name}`, spec)),
  });
}

const DENY_EGRESS: NetworkPolicySpec = { podSelector: {}, policyTypes: ['Egress'] };

function egressOnly(rule: NetworkPolicyEgressRule): NetworkPolicySpec {
  return { podSelector: {}, policyTypes: ['Egress'], egress: [rule] };
}

const findings = (doc: Doc) => egressWithoutDns(doc, compilePolicies(doc));

describe('when a namespace denies all egress', () => {
  const doc = prod({ 'default-deny-egress': DENY_EGRESS });

  it('warns once for the namespace, naming every isolated workload and the policy', () => {
    const [finding, ...more] = findings(doc);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: 'egressWithoutDns:prod',
      severity: 'warning',
      message:
        'prod/web and prod/api are isolated for egress (by prod/default-deny-egress) with no rule to DNS on UDP 53, so they cannot resolve names.',
    });
    expect(finding?.subjects).toEqual([
      { kind: 'namespace', name: 'prod' },
      { kind: 'workload', namespace: 'prod', name: 'web' },
      { kind: 'workload', namespace: 'prod', name: 'api' },
      { kind: 'policy', namespace: 'prod', name: 'default-deny-egress' },
    ]);
  });

  it('offers the allow-dns-egress template of the namespace, which clears it and changes no other verdict', () => {
    const [finding] = findings(doc);
    expect(finding?.fix).toEqual({
      type: 'applyTemplate',
      template: { kind: 'allowDnsEgress', namespace: 'prod' },
    });
    expect(finding?.fixLabel).toBe('Add allow-dns-egress to namespace prod');
    const fixed = applyEdit(doc, finding?.fix ?? { type: 'batch', edits: [] });
    expect(fixed.policies.map((p) => p.metadata.name)).toEqual([
      'default-deny-egress',
      'allow-dns-egress',
    ]);
    expect(findings(fixed)).toEqual([]);
    expect(verdictsChanged(doc, fixed)).toEqual([]);
  });

  it('opens exactly the connections to the DNS pods when the document has them', () => {
    const withDns = prod({ 'default-deny-egress': DENY_EGRESS }, true);
    const [finding] = findings(withDns);
    const fixed = applyEdit(withDns, finding?.fix ?? { type: 'batch', edits: [] });
    expect(findings(fixed)).toEqual([]);
    expect(verdictsChanged(withDns, fixed).sort()).toEqual([
      'prod/api>kube-system/coredns TCP/53: false -> true',
      'prod/api>kube-system/coredns UDP/53: false -> true',
      'prod/web>kube-system/coredns TCP/53: false -> true',
      'prod/web>kube-system/coredns UDP/53: false -> true',
    ]);
  });
});

describe('when only some pods of the namespace are isolated for egress', () => {
  const doc = prod({ 'web-policy': WEB_EGRESS_TO_API_ONLY });

  it('names only those pods', () => {
    expect(findings(doc).map((f) => f.message)).toEqual([
      'prod/web is isolated for egress (by prod/web-policy) with no rule to DNS on UDP 53, so it cannot resolve names.',
    ]);
  });

  it('fixes it with a DNS policy for the same pods, so the other pods stay free', () => {
    const [finding] = findings(doc);
    expect(finding?.fixLabel).toBe('Allow DNS egress for the pods prod/web-policy selects');
    const fixed = applyEdit(doc, finding?.fix ?? { type: 'batch', edits: [] });
    const added = fixed.policies[1];
    expect(added?.metadata).toEqual({ name: 'web-policy-allow-dns', namespace: 'prod' });
    expect(added?.spec.podSelector).toEqual({ matchLabels: { role: 'web' } });
    expect(findings(fixed)).toEqual([]);
    expect(verdictsChanged(doc, fixed)).toEqual([]);
  });
});

describe('what counts as a DNS allowance', () => {
  it.each<[string, NetworkPolicyEgressRule]>([
    [
      'kube-dns pods in kube-system on UDP 53',
      {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
        ],
        ports: [{ protocol: 'UDP', port: 53 }],
      },
    ],
    [
      'every pod of kube-system on any port',
      {
        to: [
          { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } },
        ],
      },
    ],
    ['anywhere on UDP 53', { ports: [{ protocol: 'UDP', port: 53 }] }],
    [
      'a node-local DNS cache by its address on UDP 53',
      { to: [{ ipBlock: { cidr: '169.254.20.10/32' } }], ports: [{ protocol: 'UDP', port: 53 }] },
    ],
    ['every address', { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }],
    [
      'the named port dns',
      { to: [{ namespaceSelector: {} }], ports: [{ protocol: 'UDP', port: 'dns' }] },
    ],
  ])('%s is one: no finding', (_, rule) => {
    expect(findings(prod({ 'dns-ok': egressOnly(rule) }))).toEqual([]);
  });

  it.each<[string, NetworkPolicyEgressRule]>([
    ['DNS over TCP only', { ports: [{ protocol: 'TCP', port: 53 }] }],
    ['a backup server on any port', { to: [{ ipBlock: { cidr: '192.168.5.10/32' } }] }],
    [
      'pods of the own namespace on UDP 53',
      { to: [{ podSelector: {} }], ports: [{ protocol: 'UDP', port: 53 }] },
    ],
  ])('%s is not one: a finding', (_, rule) => {
    expect(findings(prod({ 'not-dns': egressOnly(rule) }))).toHaveLength(1);
  });

  it('reaching a DNS pod of the document by its own labels counts', () => {
    const doc = prod(
      {
        'dns-by-label': egressOnly({
          to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [{ protocol: 'UDP', port: 53 }],
        }),
      },
      true,
    );
    expect(findings(doc)).toEqual([]);
  });

  it('leaves the DNS servers themselves alone', () => {
    const doc = docOf({
      namespaces: [namespaceOf('kube-system')],
      workloads: [coredns],
      policies: [policyOf('kube-system/deny', DENY_EGRESS)],
    });
    expect(findings(doc)).toEqual([]);
  });
});
