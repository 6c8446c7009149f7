import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy, NetworkPolicySpec, Protocol, Workload } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf, trafficOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from './evaluate';
import type { Verdict } from './verdict';

function verdictOf(
  doc: Doc,
  from: string,
  to: string,
  port = 80,
  protocol: Protocol = 'TCP',
): Verdict {
  return isTrafficAllowed(compilePolicies(doc), trafficOf(from, to, port, protocol));
}

function allows(
  doc: Doc,
  from: string,
  to: string,
  port = 80,
  protocol: Protocol = 'TCP',
): boolean {
  return verdictOf(doc, from, to, port, protocol).allowed;
}

const pods: Workload[] = [
  podOf('x/a', { pod: 'a' }, { ips: ['10.0.1.1'] }),
  podOf('x/b', { pod: 'b' }, { ips: ['10.0.1.2'] }),
  podOf('y/a', { pod: 'a' }, { ips: ['10.0.2.1'] }),
  podOf('y/b', { pod: 'b' }, { ips: ['10.0.2.2'] }),
  podOf('z/a', { pod: 'a' }),
];
const namespaces = [namespaceOf('x', { ns: 'x' }), namespaceOf('y', { ns: 'y', env: 'prod' })];

function docWith(...policies: NetworkPolicy[]): Doc {
  return docOf({ namespaces, workloads: pods, policies });
}

const denyIngress = (key: string, spec: Partial<NetworkPolicySpec> = {}) =>
  policyOf(key, { podSelector: {}, policyTypes: ['Ingress'], ...spec });
const denyEgress = (key: string, spec: Partial<NetworkPolicySpec> = {}) =>
  policyOf(key, { podSelector: {}, policyTypes: ['Egress'], ...spec });

describe('when no policy exists', () => {
  it('allows every connection, with no check isolated', () => {
    const v = verdictOf(docWith(), 'x/a', 'y/b');
    expect(v.allowed).toBe(true);
    expect(v.egress).toMatchObject({ applies: true, isolated: false, allowed: true, hits: [] });
    expect(v.ingress).toMatchObject({ applies: true, isolated: false, allowed: true, hits: [] });
  });
});

describe('when a policy selects pods', () => {
  it('isolates only pods of its own namespace', () => {
    const doc = docWith(denyIngress('x/deny'));
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
    expect(allows(doc, 'x/a', 'y/a')).toBe(true);
  });

  it('acts in the default namespace when metadata.namespace is absent', () => {
    const doc = docOf({
      workloads: [podOf('default/a', {}), podOf('x/a', {})],
      policies: [denyIngress('deny')],
    });
    expect(allows(doc, 'x/a', 'default/a')).toBe(false);
    expect(allows(doc, 'default/a', 'x/a')).toBe(true);
  });

  it('with podSelector: {} selects every pod of the namespace', () => {
    const doc = docWith(denyIngress('x/deny'));
    expect(verdictOf(doc, 'y/a', 'x/a').ingress.isolated).toBe(true);
    expect(verdictOf(doc, 'y/a', 'x/b').ingress.isolated).toBe(true);
  });

  it('with a podSelector selects only matching pods', () => {
    const doc = docWith(denyIngress('x/deny', { podSelector: { matchLabels: { pod: 'a' } } }));
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
    expect(allows(doc, 'y/a', 'x/b')).toBe(true);
  });

  it('selecting no pods has no effect', () => {
    const doc = docWith(denyIngress('x/deny', { podSelector: { matchLabels: { pod: 'none' } } }));
    expect(allows(doc, 'y/a', 'x/a')).toBe(true);
  });
});

describe('when policyTypes is absent', () => {
  it('isolates ingress only, for a policy without egress rules', () => {
    const doc = docWith(policyOf('x/p', { podSelector: {} }));
    expect(verdictOf(doc, 'x/a', 'y/a').egress.isolated).toBe(false);
    expect(verdictOf(doc, 'y/a', 'x/a').ingress.isolated).toBe(true);
  });

  it('isolates egress too when spec.egress has a rule', () => {
    const doc = docWith(
      policyOf('x/p', {
        podSelector: {},
        egress: [{ to: [{ namespaceSelector: { matchLabels: { ns: 'x' } } }] }],
      }),
    );
    expect(allows(doc, 'x/a', 'y/a')).toBe(false);
    expect(allows(doc, 'x/a', 'x/b')).toBe(false);
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
  });

  it('does not isolate egress for egress: []', () => {
    const doc = docWith(policyOf('x/p', { podSelector: {}, ingress: [{}], egress: [] }));
    expect(verdictOf(doc, 'x/a', 'y/a').egress.isolated).toBe(false);
    expect(allows(doc, 'x/a', 'y/a')).toBe(true);
  });
});

describe('when policyTypes is explicit', () => {
  it('ignores ingress rules under policyTypes: [Egress]', () => {
    const doc = docWith(
      policyOf('x/p', { podSelector: {}, policyTypes: ['Egress'], ingress: [{}] }),
    );
    expect(verdictOf(doc, 'y/a', 'x/a').ingress.isolated).toBe(false);
    expect(allows(doc, 'x/a', 'y/a')).toBe(false);
  });

  it('denies everything in both directions with no rules', () => {
    const doc = docWith(policyOf('x/p', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
    expect(allows(doc, 'x/a', 'y/a')).toBe(false);
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
    expect(allows(doc, 'y/a', 'y/b')).toBe(true);
  });
});

describe('when both ends are checked', () => {
  it('needs the source egress AND the destination ingress to allow', () => {
    const allowEgressToY = denyEgress('x/eg', {
      egress: [{ to: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }] }],
    });
    const allowIngressFromX = denyIngress('y/in', {
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'x' } } }] }],
    });
    expect(allows(docWith(allowEgressToY), 'x/a', 'y/a')).toBe(true);
    expect(allows(docWith(allowEgressToY, denyIngress('y/deny')), 'x/a', 'y/a')).toBe(false);
    expect(allows(docWith(allowEgressToY, allowIngressFromX), 'x/a', 'y/a')).toBe(true);
    expect(allows(docWith(denyEgress('x/deny'), allowIngressFromX), 'x/a', 'y/a')).toBe(false);
  });

  it('has no check at an address outside the cluster', () => {
    const doc = docWith(denyEgress('x/deny'), denyIngress('x/deny-in'));
    const out = verdictOf(doc, 'x/a', '8.8.8.8');
    expect(out.ingress).toEqual({
      applies: false,
      isolated: false,
      isolatingPolicies: [],
      allowed: true,
      hits: [],
    });
    expect(out.allowed).toBe(false);
    const inbound = verdictOf(doc, '8.8.8.8', 'x/a');
    expect(inbound.egress.applies).toBe(false);
    expect(inbound.allowed).toBe(false);
    expect(allows(docWith(), '8.8.8.8', 'x/a')).toBe(true);
  });
});

describe('when rules have no peers or no ports', () => {
  it('reads an absent or empty from as every pod and every IP', () => {
    for (const rule of [{}, { from: [] }]) {
      const doc = docWith(denyIngress('x/p', { ingress: [rule] }));
      expect(allows(doc, 'y/a', 'x/a')).toBe(true);
      expect(allows(doc, '203.0.113.9', 'x/a')).toBe(true);
      expect(allows(doc, '2001:db8::/32', 'x/a')).toBe(true);
    }
  });

  it('reads absent or empty ports as every port of every protocol', () => {
    for (const rule of [{}, { ports: [] }]) {
      const doc = docWith(denyIngress('x/p', { ingress: [rule] }));
      expect(allows(doc, 'y/a', 'x/a', 1, 'UDP')).toBe(true);
      expect(allows(doc, 'y/a', 'x/a', 65535, 'SCTP')).toBe(true);
    }
  });

  it('denies all ingress with ingress: [] or no ingress under Ingress isolation', () => {
    expect(allows(docWith(denyIngress('x/p', { ingress: [] })), 'x/b', 'x/a')).toBe(false);
    expect(allows(docWith(denyIngress('x/p')), 'x/b', 'x/a')).toBe(false);
  });

  it('unions the allows of every rule and every policy', () => {
    const fromA = denyIngress('x/from-a', {
      ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'a' } } }] }],
    });
    const fromY = denyIngress('x/from-y', {
      ingress: [
        { from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }], ports: [{ port: 80 }] },
      ],
    });
    const doc = docWith(fromA, fromY);
    expect(allows(doc, 'x/a', 'x/b')).toBe(true);
    expect(allows(doc, 'y/b', 'x/b')).toBe(true);
    expect(allows(doc, 'y/b', 'x/b', 81)).toBe(false);
    expect(allows(doc, 'z/a', 'x/b')).toBe(false);
  });
});

describe('when peers use selectors', () => {
  const ingressFrom = (
    ...from: NonNullable<NetworkPolicySpec['ingress']>[number]['from'] & object[]
  ) => docWith(denyIngress('x/p', { ingress: [{ from }] }));

  it('reads podSelector alone as pods in the POLICY namespace', () => {
    const doc = ingressFrom({ podSelector: { matchLabels: { pod: 'b' } } });
    expect(allows(doc, 'x/b', 'x/a')).toBe(true);
    expect(allows(doc, 'y/b', 'x/a')).toBe(false);
  });

  it('reads namespaceSelector alone as every pod of matching namespaces', () => {
    const doc = ingressFrom({ namespaceSelector: { matchLabels: { env: 'prod' } } });
    expect(allows(doc, 'y/a', 'x/a')).toBe(true);
    expect(allows(doc, 'y/b', 'x/a')).toBe(true);
    expect(allows(doc, 'x/b', 'x/a')).toBe(false);
  });

  it('ANDs podSelector and namespaceSelector in one element', () => {
    const doc = ingressFrom({
      namespaceSelector: { matchLabels: { env: 'prod' } },
      podSelector: { matchLabels: { pod: 'b' } },
    });
    expect(allows(doc, 'y/b', 'x/a')).toBe(true);
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
    expect(allows(doc, 'x/b', 'x/a')).toBe(false);
  });

  it('ORs separate elements', () => {
    const doc = ingressFrom(
      { namespaceSelector: { matchLabels: { env: 'prod' } } },
      { podSelector: { matchLabels: { pod: 'b' } } },
    );
    expect(allows(doc, 'y/a', 'x/a')).toBe(true);
    expect(allows(doc, 'x/b', 'x/a')).toBe(true);
    expect(allows(doc, 'z/a', 'x/a')).toBe(false);
  });

  it('reads namespaceSelector: {} as every namespace', () => {
    const doc = ingressFrom({ namespaceSelector: {}, podSelector: { matchLabels: { pod: 'a' } } });
    expect(allows(doc, 'z/a', 'x/b')).toBe(true);
    expect(allows(doc, 'y/b', 'x/b')).toBe(false);
  });

  it('gives a namespace missing from doc.namespaces its kubernetes.io/metadata.name label', () => {
    const doc = ingressFrom({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'z' } },
    });
    expect(allows(doc, 'z/a', 'x/a')).toBe(true);
    expect(allows(doc, 'y/a', 'x/a')).toBe(false);
  });

  it('keeps kubernetes.io/metadata.name even when a Namespace object omits it', () => {
    const doc = docOf({
      namespaces: [{ name: 'y', labels: { env: 'prod' } }],
      workloads: pods,
      policies: [
        denyIngress('x/p', {
          ingress: [
            {
              from: [
                { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } },
              ],
            },
          ],
        }),
      ],
    });
    expect(allows(doc, 'y/a', 'x/a')).toBe(true);
  });

  it('never matches an address outside the cluster with a selector peer', () => {
    const doc = ingressFrom({ namespaceSelector: {} });
    expect(allows(doc, '10.0.2.1', 'x/a')).toBe(false);
  });

  it('matches nothing with an empty peer (which the API server rejects)', () => {
    expect(allows(ingressFrom({}), 'x/b', 'x/a')).toBe(false);
  });
});
