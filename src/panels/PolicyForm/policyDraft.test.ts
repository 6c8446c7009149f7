import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../model';
import {
  peerAdd,
  peerRemove,
  policyTypeSet,
  portAdd,
  portRemove,
  ruleAdd,
  ruleMove,
  ruleRemove,
  rulesOf,
  ruleUpdate,
} from './policyDraft';

const WEB = { podSelector: { matchLabels: { role: 'web' } } };
const OPS = { podSelector: { matchLabels: { role: 'ops' } } };

const POLICY: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'api-policy', namespace: 'prod' },
  spec: {
    podSelector: { matchLabels: { role: 'api' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [{ from: [WEB], ports: [{ protocol: 'TCP', port: 5000 }] }, { from: [OPS] }],
    egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }],
  },
};

describe('when rules are edited', () => {
  it('reads ingress peers from `from` and egress peers from `to`', () => {
    expect(rulesOf(POLICY, 'ingress')[1]).toEqual({ peers: [OPS] });
    expect(rulesOf(POLICY, 'egress')[0]).toEqual({ peers: [{ ipBlock: { cidr: '10.0.0.0/8' } }] });
  });

  it('writes an egress rule back under `to`', () => {
    const next = ruleUpdate(POLICY, 'egress', 0, { peers: [WEB], ports: [{ protocol: 'UDP' }] });
    expect(next.spec.egress).toEqual([{ to: [WEB], ports: [{ protocol: 'UDP' }] }]);
    expect(next.spec.ingress).toBe(POLICY.spec.ingress);
  });

  it('adds a rule naming the pods of the own namespace, never the wide-open rule {}', () => {
    const next = ruleAdd(POLICY, 'ingress');
    expect(next.spec.ingress?.[2]).toEqual({ from: [{ podSelector: {} }] });
  });

  it('moves a rule down and back up, and does nothing past the ends', () => {
    const down = ruleMove(POLICY, 'ingress', 0, 1);
    expect(down.spec.ingress?.map((r) => r.from)).toEqual([[OPS], [WEB]]);
    expect(ruleMove(down, 'ingress', 1, -1).spec.ingress).toEqual(POLICY.spec.ingress);
    expect(ruleMove(POLICY, 'ingress', 1, 1)).toBe(POLICY);
  });

  it('keeps `ingress: []` when the last rule goes: the pods stay isolated', () => {
    const next = ruleRemove(ruleRemove(POLICY, 'ingress', 0), 'ingress', 0);
    expect(next.spec.ingress).toEqual([]);
  });
});

describe('when peers and ports are edited', () => {
  const rule = rulesOf(POLICY, 'ingress')[0]!;

  it('adds peers as separate elements (OR)', () => {
    expect(peerAdd(rule, OPS).peers).toEqual([WEB, OPS]);
  });

  it('drops `from` when the last peer goes: the rule then allows every peer', () => {
    expect(peerRemove(rule, 0)).toEqual({ ports: [{ protocol: 'TCP', port: 5000 }] });
  });

  it('adds a TCP port, and drops `ports` when the last one goes (every port)', () => {
    expect(portAdd(rule).ports).toEqual([{ protocol: 'TCP', port: 5000 }, { protocol: 'TCP' }]);
    expect(portRemove(rule, 0)).toEqual({ peers: [WEB] });
  });
});

describe('when policyTypes are toggled', () => {
  it('keeps the order Ingress, Egress whatever the clicks', () => {
    const egressOnly = policyTypeSet(POLICY, 'Ingress', false);
    expect(egressOnly.spec.policyTypes).toEqual(['Egress']);
    expect(policyTypeSet(egressOnly, 'Ingress', true).spec.policyTypes).toEqual([
      'Ingress',
      'Egress',
    ]);
  });
});
