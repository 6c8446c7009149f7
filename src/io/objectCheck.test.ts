import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../model';
import { networkPolicyCheck } from './objectCheck';

const POLICY: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'db-policy', namespace: 'prod' },
  spec: {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ podSelector: { matchLabels: { name: 'api-pod' } } }] }],
  },
};

describe('when a policy from a form is valid', () => {
  it('has no issue and comes back normalized (ports get their protocol)', () => {
    const check = networkPolicyCheck({
      ...POLICY,
      spec: { ...POLICY.spec, ingress: [{ ports: [{ port: 3306 }] }] },
    });
    expect(check.issues).toEqual([]);
    expect(check.policy?.spec.ingress).toEqual([{ ports: [{ protocol: 'TCP', port: 3306 }] }]);
  });
});

describe('when a policy from a form breaks an API server rule', () => {
  it('places the message at the field, relative to the object', () => {
    const check = networkPolicyCheck({
      ...POLICY,
      spec: { ...POLICY.spec, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] },
    });
    expect(check.policy).toBeNull();
    expect(check.issues.map((i) => i.path)).toEqual(['spec.ingress[0].from[0].ipBlock.cidr']);
  });

  it('refuses an ipBlock in the same element as a podSelector', () => {
    const peer = { podSelector: {}, ipBlock: { cidr: '10.0.0.0/8' } };
    const check = networkPolicyCheck({
      ...POLICY,
      spec: { ...POLICY.spec, ingress: [{ from: [peer] }] },
    });
    expect(check.issues[0]).toMatchObject({
      path: 'spec.ingress[0].from[0]',
      severity: 'error',
      message: expect.stringMatching(/may not specify both ipBlock and another peer/) as string,
    });
  });

  it('refuses a name the API server refuses', () => {
    const check = networkPolicyCheck({
      ...POLICY,
      metadata: { name: 'DB Policy', namespace: 'prod' },
    });
    expect(check.issues[0]?.path).toBe('metadata.name');
  });
});
