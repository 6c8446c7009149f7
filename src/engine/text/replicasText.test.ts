import { describe, expect, it } from 'vitest';
import { replicasText } from './replicasText';

describe('when a replica count is written', () => {
  it('says replica for one and replicas otherwise', () => {
    expect([0, 1, 3].map(replicasText)).toEqual(['0 replicas', '1 replica', '3 replicas']);
  });
});
