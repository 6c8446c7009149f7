import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../compile/compile';
import { docOf, podOf, policyOf, trafficOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from './evaluate';

const workloads = [podOf('x/a', { pod: 'a' }), podOf('x/b', { pod: 'b' })];

describe('when a pod talks to itself', () => {
  it('is evaluated like any other pair', () => {
    const deny = policyOf('x/deny', { podSelector: {}, policyTypes: ['Ingress'] });
    const allowA = policyOf('x/allow-a', {
      podSelector: {},
      ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'a' } } }] }],
    });
    const denied = compilePolicies(docOf({ workloads, policies: [deny] }));
    expect(isTrafficAllowed(denied, trafficOf('x/a', 'x/a')).allowed).toBe(false);
    const allowed = compilePolicies(docOf({ workloads, policies: [deny, allowA] }));
    expect(isTrafficAllowed(allowed, trafficOf('x/a', 'x/a')).allowed).toBe(true);
    expect(isTrafficAllowed(allowed, trafficOf('x/b', 'x/b')).allowed).toBe(false);
  });
});

describe('when a verdict explains itself', () => {
  const policies = [
    policyOf('x/first', {
      podSelector: { matchLabels: { pod: 'b' } },
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { pod: 'z' } } }, { podSelector: {} }],
          ports: [{ port: 81 }, { port: 80 }],
        },
        { ports: [{ port: 443 }] },
        {},
      ],
    }),
    policyOf('x/unrelated', { podSelector: { matchLabels: { pod: 'a' } } }),
    policyOf('x/second', { podSelector: {}, policyTypes: ['Ingress'] }),
  ];
  const index = compilePolicies(docOf({ workloads, policies }));

  it('names every isolating policy in document order', () => {
    const v = isTrafficAllowed(index, trafficOf('x/a', 'x/b'));
    expect(v.ingress.isolatingPolicies).toEqual([
      { namespace: 'x', name: 'first' },
      { namespace: 'x', name: 'second' },
    ]);
  });

  it('lists every allowing rule with the first matching peer and port', () => {
    const v = isTrafficAllowed(index, trafficOf('x/a', 'x/b'));
    expect(v.ingress.hits).toEqual([
      {
        policy: { namespace: 'x', name: 'first' },
        direction: 'ingress',
        ruleIndex: 0,
        peerIndex: 1,
        portIndex: 1,
      },
      {
        policy: { namespace: 'x', name: 'first' },
        direction: 'ingress',
        ruleIndex: 2,
        peerIndex: null,
        portIndex: null,
      },
    ]);
    expect(v.ingress.allowed).toBe(true);
  });

  it('gives a null peer index for a rule without peers and a null port index for one without ports', () => {
    const v = isTrafficAllowed(index, trafficOf('x/a', 'x/b', 443));
    expect(v.ingress.hits.map((h) => [h.ruleIndex, h.peerIndex, h.portIndex])).toEqual([
      [1, null, 0],
      [2, null, null],
    ]);
  });

  it('says isolated with no hits when nothing allows the connection', () => {
    const v = isTrafficAllowed(index, trafficOf('x/b', 'x/a'));
    expect(v.ingress).toEqual({
      applies: true,
      isolated: true,
      isolatingPolicies: [
        { namespace: 'x', name: 'unrelated' },
        { namespace: 'x', name: 'second' },
      ],
      allowed: false,
      hits: [],
    });
    expect(v.allowed).toBe(false);
    expect(v.traffic).toEqual(trafficOf('x/b', 'x/a'));
  });
});

describe('when the caller names what does not exist', () => {
  const index = compilePolicies(docOf({ workloads }));

  it('throws for an unknown pod or an unparsable address (a programmer error)', () => {
    expect(() => isTrafficAllowed(index, trafficOf('x/a', 'x/nope'))).toThrow(/unknown pod/);
    const bad = {
      from: { kind: 'ip' as const, ip: 'nope' },
      to: trafficOf('x/a', 'x/b').to,
      port: 80,
      protocol: 'TCP' as const,
    };
    expect(() => isTrafficAllowed(index, bad)).toThrow(/not an IP/);
  });
});
