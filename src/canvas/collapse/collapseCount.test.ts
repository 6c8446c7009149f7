import { describe, expect, it } from 'vitest';
import { collapseCountOf } from './collapseCount';

describe('what Expand all and Collapse all count', () => {
  it('counts the group outside the cluster with the namespaces, and says boxes', () => {
    // The dump: 100 namespaces and 28 IP blocks, all collapsed as it opens.
    expect(collapseCountOf(100, 100, 'collapsed')).toEqual({
      note: '101 of 101 boxes collapsed',
      counted: '100 namespaces and the group outside the cluster',
      canExpand: true,
      canCollapse: false,
    });
  });

  it('has Collapse all close the group when it alone is open', () => {
    const count = collapseCountOf(100, 100, 'open');
    expect(count.note).toBe('100 of 101 boxes collapsed');
    expect(count.canCollapse).toBe(true);
  });

  it('has Expand all open the group when it alone is collapsed', () => {
    const count = collapseCountOf(11, 0, 'collapsed');
    expect(count.note).toBe('1 of 12 boxes collapsed');
    expect(count.canExpand).toBe(true);
    expect(collapseCountOf(11, 0, 'open')).toMatchObject({ note: null, canExpand: false });
  });

  it('counts namespaces alone in a design with nothing outside the cluster', () => {
    expect(collapseCountOf(11, 10, 'none')).toEqual({
      note: '10 of 11 collapsed',
      counted: 'Namespaces',
      canExpand: true,
      canCollapse: true,
    });
  });
});
