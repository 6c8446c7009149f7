import { describe, expect, it } from 'vitest';
import { selectorFromRows, selectorRows } from './selectorRows';

describe('when a selector is shown as rows', () => {
  it('comes back unchanged from its rows', () => {
    const selector = {
      matchLabels: { role: 'db' },
      matchExpressions: [
        { key: 'tier', operator: 'In' as const, values: ['backend', 'data'] },
        { key: 'legacy', operator: 'DoesNotExist' as const },
      ],
    };
    const rows = selectorRows(selector);
    expect(rows.expressions[0]?.values).toBe('backend, data');
    expect(selectorFromRows(rows)).toEqual(selector);
  });

  it('is {} without rows: it matches everything', () => {
    expect(selectorFromRows({ labels: [], expressions: [] })).toEqual({});
  });
});

describe('when rows are being typed', () => {
  it('leaves out a row whose key is still empty', () => {
    const rows = {
      labels: [
        { key: ' role ', value: ' db ' },
        { key: '', value: 'half typed' },
      ],
      expressions: [{ key: '', operator: 'Exists' as const, values: '' }],
    };
    expect(selectorFromRows(rows)).toEqual({ matchLabels: { role: 'db' } });
  });

  it('keeps the empty label value: `role: ""` selects pods whose label is empty', () => {
    const rows = { labels: [{ key: 'role', value: '' }], expressions: [] };
    expect(selectorFromRows(rows)).toEqual({ matchLabels: { role: '' } });
  });

  it('drops the values of Exists and DoesNotExist, which the API server forbids', () => {
    const rows = {
      labels: [],
      expressions: [{ key: 'tier', operator: 'Exists' as const, values: 'a' }],
    };
    expect(selectorFromRows(rows)).toEqual({
      matchExpressions: [{ key: 'tier', operator: 'Exists' }],
    });
  });

  it('writes In without values as it is, so that the API server says what is missing', () => {
    const rows = {
      labels: [],
      expressions: [{ key: 'tier', operator: 'In' as const, values: ' , ' }],
    };
    expect(selectorFromRows(rows)).toEqual({ matchExpressions: [{ key: 'tier', operator: 'In' }] });
  });
});
