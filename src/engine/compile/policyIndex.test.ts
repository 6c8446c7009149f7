import { describe, expect, it } from 'vitest';
import { compilePolicies } from './compile';
import { docOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { isolatingPolicies } from './policyIndex';

describe('when policies isolate pods', () => {
  const index = compilePolicies(
    docOf({
      workloads: [
        podOf('x/a', { pod: 'a' }),
        podOf('x/b', { pod: 'b' }),
        podOf('x/c', { pod: 'c' }),
        podOf('y/a', { pod: 'a' }),
      ],
      policies: [
        policyOf('x/all', { podSelector: {} }),
        policyOf('x/b-only', {
          podSelector: { matchLabels: { pod: 'b' } },
          policyTypes: ['Ingress', 'Egress'],
        }),
        policyOf('x/egress-a', {
          podSelector: { matchLabels: { pod: 'a' } },
          policyTypes: ['Egress'],
        }),
        policyOf('x/c', { podSelector: { matchLabels: { pod: 'c' } } }),
      ],
    }),
  );

  it('groups pods isolated by the same policies, in document order', () => {
    expect(index.ingress.groups).toEqual([
      { policies: [0], pods: [0] },
      { policies: [0, 1], pods: [1] },
      { policies: [0, 3], pods: [2] },
    ]);
    expect(index.egress.groups).toEqual([
      { policies: [2], pods: [0] },
      { policies: [1], pods: [1] },
    ]);
  });

  it('leaves pods no policy isolates out of every group', () => {
    expect(index.ingress.groupOf[3]).toBe(-1);
    expect(isolatingPolicies(index.ingress, 3)).toEqual([]);
    expect(isolatingPolicies(index.egress, 2)).toEqual([]);
    expect(isolatingPolicies(index.ingress, 1)).toEqual([0, 1]);
  });
});
