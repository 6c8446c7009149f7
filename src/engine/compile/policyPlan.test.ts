import { describe, expect, it } from 'vitest';
import { policyOf } from '../__fixtures__/docBuilder';
import { effectivePolicyTypes, policyPlanFrom } from './policyPlan';

describe('when policyTypes is absent or empty', () => {
  it('means Ingress only when there are no egress rules', () => {
    expect(effectivePolicyTypes({ podSelector: {} })).toEqual({ ingress: true, egress: false });
    expect(effectivePolicyTypes({ podSelector: {}, policyTypes: [] })).toEqual({
      ingress: true,
      egress: false,
    });
  });

  it('adds Egress when spec.egress has at least one rule', () => {
    expect(effectivePolicyTypes({ podSelector: {}, egress: [{}] })).toEqual({
      ingress: true,
      egress: true,
    });
  });

  it('does not add Egress for egress: []', () => {
    expect(effectivePolicyTypes({ podSelector: {}, egress: [] })).toEqual({
      ingress: true,
      egress: false,
    });
  });
});

describe('when policyTypes is explicit', () => {
  it('wins over the rules present', () => {
    expect(
      effectivePolicyTypes({ podSelector: {}, policyTypes: ['Egress'], ingress: [{}] }),
    ).toEqual({
      ingress: false,
      egress: true,
    });
    const plan = policyPlanFrom(
      policyOf('x/p', { podSelector: {}, policyTypes: ['Egress'], ingress: [{}] }),
    );
    expect(plan.ingress).toBeNull();
    expect(plan.egress).toEqual([]);
  });
});

describe('when a policy has no namespace', () => {
  it('acts in the default namespace', () => {
    const plan = policyPlanFrom(policyOf('p', { podSelector: {} }));
    expect(plan.ref).toEqual({ namespace: 'default', name: 'p' });
    expect(plan.selected.spec).toEqual({ kind: 'podSelector', namespace: 'default', selector: {} });
  });
});

describe('when rules have empty lists', () => {
  it('reads from: [] and ports: [] as no restriction', () => {
    const plan = policyPlanFrom(
      policyOf('x/p', { podSelector: {}, ingress: [{ from: [], ports: [] }] }),
    );
    expect(plan.ingress).toEqual([{ peers: null, ports: null }]);
  });

  it('gives identical peers in different policies of a namespace the same key', () => {
    const peer = { podSelector: { matchLabels: { a: 'b' } } };
    const p1 = policyPlanFrom(policyOf('x/p1', { podSelector: {}, ingress: [{ from: [peer] }] }));
    const p2 = policyPlanFrom(policyOf('x/p2', { podSelector: {}, egress: [{ to: [peer] }] }));
    const p3 = policyPlanFrom(policyOf('y/p3', { podSelector: {}, ingress: [{ from: [peer] }] }));
    const key = (p: typeof p1, dir: 'ingress' | 'egress') => p[dir]?.[0]?.peers?.[0]?.pods.key;
    expect(key(p1, 'ingress')).toBe(key(p2, 'egress'));
    expect(key(p1, 'ingress')).not.toBe(key(p3, 'ingress'));
  });
});
