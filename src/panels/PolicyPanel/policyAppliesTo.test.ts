import { describe, expect, it } from 'vitest';
import type { NetworkPolicy, PodKey } from '../../model';
import { podKeyOf } from '../../model';
import { policyAppliesTo } from './policyAppliesTo';

function policy(podSelector: NetworkPolicy['spec']['podSelector']): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'p', namespace: 'shop' },
    spec: { podSelector, policyTypes: ['Egress'] },
  };
}
const pods = (...names: string[]): PodKey[] => names.map((n) => podKeyOf('shop', n));

describe('the workloads a picked policy applies to', () => {
  it('are named, the first five and how many more', () => {
    const selector = { matchLabels: { tier: 'web' } };
    expect(policyAppliesTo(policy(selector), pods('web'))).toBe(
      'Applies to 1 workload in shop: web.',
    );
    expect(policyAppliesTo(policy(selector), pods('a', 'b', 'c', 'd', 'e', 'f', 'g'))).toBe(
      'Applies to 7 workloads in shop: a, b, c, d, e and 2 more.',
    );
  });

  it('are none, said with the labels no workload has', () => {
    expect(policyAppliesTo(policy({ matchLabels: { team: 'platform' } }), [])).toBe(
      'Applies to no workload: none in shop has team=platform.',
    );
    expect(policyAppliesTo(policy({}), [])).toBe('Applies to no workload: shop has none.');
  });
});
