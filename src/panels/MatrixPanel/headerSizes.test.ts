import { describe, expect, it } from 'vitest';
import { columnLetters, middleCut, rowLetters } from './headerSizes';

describe('when a name is longer than its header', () => {
  it('is cut in its middle, so that its start and its end read', () => {
    const west = middleCut('settlement-reconciliation-worker-for-the-region-eu-west', 30);
    const east = middleCut('settlement-reconciliation-worker-for-the-region-eu-east', 30);
    expect(Array.from(west)).toHaveLength(30);
    expect(west).toMatch(/^settlement-.*….*-eu-west$/);
    expect(east).toMatch(/-eu-east$/);
  });

  it('is left whole when it fits', () => {
    expect(middleCut('app-not-helm-with-app-with-ti', 29)).toBe('app-not-helm-with-app-with-ti');
  });

  it('counts the letters a header holds from its size', () => {
    expect(rowLetters(340)).toBe(38);
    expect(columnLetters(280)).toBe(33);
  });
});
