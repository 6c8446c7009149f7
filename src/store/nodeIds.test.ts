import { describe, expect, it } from 'vitest';
import { nodeIdOf, nodeRefParse } from './nodeIds';
import type { NodeRef } from './nodeIds';

describe('node ids', () => {
  const refs: NodeRef[] = [
    { kind: 'namespace', name: 'prod' },
    { kind: 'workload', namespace: 'prod', name: 'web' },
    { kind: 'external', name: 'backup server' },
  ];

  it('parse back to the reference they were made from', () => {
    for (const ref of refs) expect(nodeRefParse(nodeIdOf(ref))).toEqual(ref);
  });

  it('reject ids that are not ours', () => {
    for (const id of ['', 'prod', 'workload:prod', 'workload:/web', 'pod:x/y', 'namespace:']) {
      expect(nodeRefParse(id)).toBeNull();
    }
  });
});
