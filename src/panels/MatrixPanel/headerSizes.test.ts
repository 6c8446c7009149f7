import { describe, expect, it } from 'vitest';
import {
  MATRIX_NAME_HEADER_PRESENTED,
  columnLetters,
  matrixHeaderSizes,
  middleCut,
  rowLetters,
} from './headerSizes';

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

describe('when the matrix is presented', () => {
  it('keeps the row of names as tall as its longest name, not the desk’s least', () => {
    const names = ['web', 'api', 'db', 'users'];
    expect(matrixHeaderSizes(names, names).name).toBe(150);
    expect(matrixHeaderSizes(names, names, MATRIX_NAME_HEADER_PRESENTED).name).toBe(
      MATRIX_NAME_HEADER_PRESENTED,
    );
    const long = ['kube-system/coredns'];
    expect(matrixHeaderSizes(long, long, MATRIX_NAME_HEADER_PRESENTED).name).toBe(
      matrixHeaderSizes(long, long).name,
    );
  });
});
