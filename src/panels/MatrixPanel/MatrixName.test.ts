import { describe, expect, it } from 'vitest';
import { podKeyOf } from '../../model';
import type { MatrixNode } from '../../store';
import { nodeIdOf } from '../../store';
import { headerParts, headerTip } from './MatrixName';

const node = (name: string, inferred: boolean): MatrixNode => ({
  id: nodeIdOf({ kind: 'workload', namespace: 'kube-system', name }),
  label: `kube-system/${name}`,
  namespace: 'kube-system',
  name,
  inferred,
  labels: {},
  kind: 'workload',
  endpoint: { kind: 'pod', key: podKeyOf('kube-system', name) },
  pod: 0,
  ports: [],
});

describe("when a header writes a workload's name", () => {
  it('leaves room for the mark of an inferred pod, not the words', () => {
    const tier = node('app-not-helm-with-app-with-tier', true);
    expect(headerParts(tier, null, 33)).toEqual({ namespace: null, name: tier.name });
    expect(headerTip(tier)).toBe('kube-system/app-not-helm-with-app-with-tier (inferred)');
  });

  it('cuts the namespace before the name, and the name in its middle', () => {
    const tier = node('app-not-helm-with-app-with-tier', true);
    const parts = headerParts(tier, 'kube-system', 33);
    expect(parts.namespace).toBe('kube…/');
    expect(parts.name).toMatch(/^app-not.*….*with-tier$/);
    expect(
      2 + Array.from(parts.namespace ?? '').length + Array.from(parts.name).length,
    ).toBeLessThanOrEqual(33);
  });

  it('writes a short namespace whole', () => {
    expect(headerParts(node('api', false), 'dev', 33)).toEqual({ namespace: 'dev/', name: 'api' });
  });
});
