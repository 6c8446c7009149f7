/**
 * Spot checks of the explanations `isTrafficAllowed` gives on the golden
 * scenarios: which policies isolate each side, and which policy, rule, peer
 * and port entry allowed the connection. Expected values are read off the
 * scenario documents by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PodKey, Protocol } from '../../model';
import { scenarioNamed } from '../__fixtures__/clusters/scenarios';
import { compilePolicies, isTrafficAllowed } from '../index';
import type { Endpoint, RuleHit, Verdict } from '../index';

function verdictIn(name: string, from: string, to: string, port: number, protocol: Protocol) {
  const { doc } = scenarioNamed(name);
  const index = compilePolicies(doc);
  const endpoint = (s: string): Endpoint =>
    index.podIndex(s as PodKey) === undefined
      ? { kind: 'ip', ip: s }
      : { kind: 'pod', key: s as PodKey };
  return isTrafficAllowed(index, { from: endpoint(from), to: endpoint(to), port, protocol });
}

const ref = (namespace: string, name: string) => ({ namespace, name });
const names = (v: Verdict['ingress']) => v.isolatingPolicies.map((p) => p.name);
const hitOf = (h: RuleHit) => [h.policy.name, h.direction, h.ruleIndex, h.peerIndex, h.portIndex];

describe('explanations on the golden scenarios', () => {
  describe('when one podSelector peer admits the source', () => {
    const v = verdictIn('upstream/x-a-allows-x-b', 'x/b', 'x/a', 80, 'TCP');
    it('names the isolating policy and the rule, peer and (absent) port entry', () => {
      expect(v.allowed).toBe(true);
      expect(v.ingress).toMatchObject({ applies: true, isolated: true, allowed: true });
      expect(v.ingress.isolatingPolicies).toEqual([ref('x', 'x-a-allows-x-b')]);
      expect(v.ingress.hits.map(hitOf)).toEqual([['x-a-allows-x-b', 'ingress', 0, 0, null]]);
    });
    it('leaves the source side unisolated and without hits', () => {
      expect(v.egress).toMatchObject({ applies: true, isolated: false, allowed: true, hits: [] });
      expect(v.egress.isolatingPolicies).toEqual([]);
    });
  });

  describe('when an isolated pod has no rule for the source', () => {
    const v = verdictIn('upstream/x-a-allows-x-b', 'x/c', 'x/a', 80, 'TCP');
    it('says who isolates it and that nothing allowed it', () => {
      expect(v.allowed).toBe(false);
      expect(v.ingress).toMatchObject({ isolated: true, allowed: false, hits: [] });
      expect(names(v.ingress)).toEqual(['x-a-allows-x-b']);
    });
  });

  describe('when a deny-all and an allow-all policy select the same pod', () => {
    const v = verdictIn('upstream/allow-all-to-x-a-over-deny', 'y/a', 'x/a', 80, 'TCP');
    it('lists both as isolating, in document order, and credits the allow-all rule', () => {
      expect(v.allowed).toBe(true);
      expect(names(v.ingress)).toEqual(['deny-all', 'allow-all-to-a']);
      expect(v.ingress.hits.map(hitOf)).toEqual([['allow-all-to-a', 'ingress', 0, 0, null]]);
    });
  });

  describe('when the source is egress-isolated to port 80 and asks for 81', () => {
    const v = verdictIn('upstream/ingress-and-egress-together', 'x/a', 'y/a', 81, 'TCP');
    it('blocks at the egress side while the destination side allows', () => {
      expect(v.allowed).toBe(false);
      expect(v.egress).toMatchObject({ isolated: true, allowed: false, hits: [] });
      expect(names(v.egress)).toEqual(['allow-client-a-via-pod-selector']);
      expect(v.ingress).toMatchObject({ applies: true, isolated: false, allowed: true });
    });
    it('credits the port entry when asked for 80', () => {
      const ok = verdictIn('upstream/ingress-and-egress-together', 'x/a', 'y/a', 80, 'TCP');
      expect(ok.egress.hits.map(hitOf)).toEqual([
        ['allow-client-a-via-pod-selector', 'egress', 0, null, 0],
      ]);
    });
  });

  describe('when two stacked policies cover different ports', () => {
    it('credits only the policy whose port matches', () => {
      const v = verdictIn('upstream/stacked-port-policies', 'y/b', 'x/a', 80, 'TCP');
      expect(names(v.ingress)).toEqual([
        'allow-client-a-via-ns-selector',
        'allow-client-a-via-ns-selector-80',
      ]);
      expect(v.ingress.hits.map(hitOf)).toEqual([
        ['allow-client-a-via-ns-selector-80', 'ingress', 0, 0, 0],
      ]);
    });
  });

  describe('when the second rule of a policy matches through a named port', () => {
    it('names rule 1, its peer and its port entry', () => {
      const v = verdictIn('upstream/named-port-protocol-must-match', 'z/a', 'x/a', 81, 'UDP');
      expect(v.ingress.hits.map(hitOf)).toEqual([['named-port-protocols', 'ingress', 1, 0, 0]]);
    });
  });

  describe('when the backup server talks to the database', () => {
    it('checks nothing on the outside side and credits the ipBlock rule at the database', () => {
      const v = verdictIn('three-tier/backup-server', '192.168.5.10', 'prod/db', 3306, 'TCP');
      expect(v.allowed).toBe(true);
      expect(v.egress).toMatchObject({ applies: false, allowed: true });
      expect(v.ingress.hits.map(hitOf)).toEqual([['db-policy', 'ingress', 1, 0, 0]]);
    });
    it('credits the egress rule when the database pushes a backup out', () => {
      const v = verdictIn('three-tier/backup-server', 'prod/db', '192.168.5.10', 80, 'TCP');
      expect(v.allowed).toBe(true);
      expect(v.ingress).toMatchObject({ applies: false, allowed: true });
      expect(v.egress.hits.map(hitOf)).toEqual([['db-policy', 'egress', 0, 0, 0]]);
    });
  });

  describe('when two peers of one rule could admit the source (OR)', () => {
    it('credits the namespace peer for web, the only one it matches', () => {
      const v = verdictIn('three-tier/db-from-prod-or-api', 'prod/web', 'prod/db', 3306, 'TCP');
      expect(v.ingress.hits.map(hitOf)).toEqual([['db-policy', 'ingress', 0, 0, 0]]);
    });
    it('credits the rule once, with a peer that does match, for the api', () => {
      const v = verdictIn('three-tier/db-from-prod-or-api', 'prod/api', 'prod/db', 3306, 'TCP');
      expect(v.ingress.hits).toHaveLength(1);
      expect(v.ingress.hits[0]).toMatchObject({ ruleIndex: 0, portIndex: 0 });
      expect([0, 1]).toContain(v.ingress.hits[0]?.peerIndex);
    });
  });

  describe('when an egress rule has ports only, and another has peers only', () => {
    it('credits the ports-only rule for DNS to an outside address', () => {
      const v = verdictIn(
        'recipes/14-foo-deny-external-egress',
        'default/foo',
        '203.0.113.9',
        53,
        'UDP',
      );
      expect(v.egress.hits.map(hitOf)).toEqual([
        ['foo-deny-external-egress', 'egress', 0, null, 0],
      ]);
    });
    it('credits the peers-only rule for a pod on port 80', () => {
      const v = verdictIn(
        'recipes/14-foo-deny-external-egress',
        'default/foo',
        'default/web',
        80,
        'TCP',
      );
      expect(v.egress.hits.map(hitOf)).toEqual([
        ['foo-deny-external-egress', 'egress', 1, 0, null],
      ]);
    });
    it('credits both rules when both match (DNS to a pod)', () => {
      const v = verdictIn(
        'recipes/14-foo-deny-external-egress',
        'default/foo',
        'kube-system/kube-dns',
        53,
        'UDP',
      );
      expect(v.egress.hits.map((h) => h.ruleIndex)).toEqual([0, 1]);
    });
  });

  describe('when policyTypes is left out', () => {
    it('does not isolate egress for egress: [] (defaults to Ingress only)', () => {
      const v = verdictIn('upstream/policy-types-default-ingress-only', 'x/a', 'y/a', 80, 'TCP');
      expect(v.egress).toMatchObject({ isolated: false, allowed: true });
    });
    it('isolates egress when there is an egress rule', () => {
      const v = verdictIn('upstream/policy-types-default-with-egress', 'x/a', 'z/a', 80, 'TCP');
      expect(v.egress).toMatchObject({ isolated: true, allowed: false });
      expect(names(v.egress)).toEqual(['defaulted-both']);
      expect(v.ingress).toMatchObject({ isolated: false });
    });
  });

  describe('when policyTypes is [Egress] but ingress rules are present', () => {
    it('does not isolate ingress', () => {
      const v = verdictIn('upstream/egress-only-ignores-ingress-rules', 'y/a', 'x/a', 80, 'TCP');
      expect(v.ingress).toMatchObject({ isolated: false, allowed: true, hits: [] });
      expect(v.ingress.isolatingPolicies).toEqual([]);
    });
  });
});
