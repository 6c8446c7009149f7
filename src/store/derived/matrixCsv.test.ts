import { describe, expect, it } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { MATRIX_CSV_HEADER, matrixCsv } from './matrixCsv';
import { selectMatrixView } from './matrixSelectors';

describe('the matrix as CSV', () => {
  it('has a line per pair and port checked, with the verdict, as the command prints it', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    const lines = matrixCsv(selectMatrixView(store.getState())).trimEnd().split('\n');
    expect(lines[0]).toBe(MATRIX_CSV_HEADER);
    expect(lines).toContain('prod/web,prod/db,3306,TCP,true');
    expect(lines.some((l) => l.startsWith('prod/web,prod/web,'))).toBe(false);
    expect(
      lines.slice(1).every((l) => /^[^,]+,[^,]+,\d+,(TCP|UDP|SCTP),(true|false)$/.test(l)),
    ).toBe(true);
  });

  it('holds only what the filter shows', () => {
    const store = createEditorStore({ doc: threeTierCluster([]) });
    store.getState().setMatrixFilter({ namespace: 'prod' });
    const lines = matrixCsv(selectMatrixView(store.getState())).trimEnd().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => /^prod\/\w+,prod\/\w+,/.test(l))).toBe(true);
  });
});
