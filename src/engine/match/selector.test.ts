import { describe, expect, it } from 'vitest';
import { selectorIsEmpty, selectorKey, selectorMatcher, selectorMatches } from './selector';

const labels = { app: 'web', tier: 'frontend' };

describe('when a selector is empty', () => {
  it('matches every set of labels, even none', () => {
    expect(selectorMatches({}, labels)).toBe(true);
    expect(selectorMatches({}, {})).toBe(true);
    expect(selectorIsEmpty({})).toBe(true);
    expect(selectorIsEmpty({ matchLabels: {}, matchExpressions: [] })).toBe(true);
  });

  it('treats matchLabels: null like {}', () => {
    const fromYaml = JSON.parse('{"matchLabels": null}') as {
      matchLabels?: Record<string, string>;
    };
    expect(selectorMatches(fromYaml, labels)).toBe(true);
    expect(selectorIsEmpty(fromYaml)).toBe(true);
  });
});

describe('when a selector has matchLabels', () => {
  it('requires every listed label with the same value', () => {
    expect(selectorMatches({ matchLabels: { app: 'web' } }, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: { app: 'web', tier: 'backend' } }, labels)).toBe(false);
    expect(selectorMatches({ matchLabels: { role: 'db' } }, labels)).toBe(false);
    expect(selectorIsEmpty({ matchLabels: { app: 'web' } })).toBe(false);
  });

  it('does not see inherited object properties as labels', () => {
    expect(
      selectorMatches({ matchExpressions: [{ key: 'constructor', operator: 'Exists' }] }, {}),
    ).toBe(false);
    expect(
      selectorMatches({ matchExpressions: [{ key: 'toString', operator: 'DoesNotExist' }] }, {}),
    ).toBe(true);
  });
});

describe('when a selector has matchExpressions', () => {
  it('In matches a present key with one of the values', () => {
    const sel = {
      matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['frontend', 'edge'] }],
    };
    expect(selectorMatches(sel, labels)).toBe(true);
    expect(selectorMatches(sel, { tier: 'backend' })).toBe(false);
    expect(selectorMatches(sel, {})).toBe(false);
  });

  it('NotIn matches when the key is absent, as Kubernetes does', () => {
    const sel = {
      matchExpressions: [{ key: 'env', operator: 'NotIn' as const, values: ['prod'] }],
    };
    expect(selectorMatches(sel, {})).toBe(true);
    expect(selectorMatches(sel, { env: 'dev' })).toBe(true);
    expect(selectorMatches(sel, { env: 'prod' })).toBe(false);
  });

  it('Exists and DoesNotExist look at the key only', () => {
    expect(
      selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, labels),
    ).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {})).toBe(
      false,
    );
    expect(
      selectorMatches({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels),
    ).toBe(false);
    expect(
      selectorMatches({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, {}),
    ).toBe(true);
    expect(
      selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, { app: '' }),
    ).toBe(true);
  });

  it('ANDs every expression with matchLabels', () => {
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'Exists' as const },
        { key: 'env', operator: 'DoesNotExist' as const },
      ],
    };
    expect(selectorMatches(sel, labels)).toBe(true);
    expect(selectorMatches(sel, { ...labels, env: 'x' })).toBe(false);
    expect(selectorMatches(sel, { app: 'web' })).toBe(false);
  });
});

describe('when two selectors mean the same', () => {
  it('gives them the same key whatever the order of labels, expressions and values', () => {
    const a = {
      matchLabels: { a: '1', b: '2' },
      matchExpressions: [
        { key: 'x', operator: 'In' as const, values: ['p', 'q'] },
        { key: 'y', operator: 'Exists' as const },
      ],
    };
    const b = {
      matchLabels: { b: '2', a: '1' },
      matchExpressions: [
        { key: 'y', operator: 'Exists' as const },
        { key: 'x', operator: 'In' as const, values: ['q', 'p'] },
      ],
    };
    expect(selectorKey(a)).toBe(selectorKey(b));
    expect(selectorKey({})).toBe(selectorKey({ matchLabels: {} }));
  });

  it('gives different selectors different keys', () => {
    expect(selectorKey({ matchLabels: { a: '1' } })).not.toBe(
      selectorKey({ matchLabels: { a: '2' } }),
    );
    expect(
      selectorKey({ matchExpressions: [{ key: 'a', operator: 'In', values: ['1'] }] }),
    ).not.toBe(selectorKey({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['1'] }] }));
  });
});

describe('when a selector is read once for many label sets', () => {
  it('answers as selectorMatches does', () => {
    const selectors = [
      {},
      { matchLabels: { app: 'web' } },
      {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'env', operator: 'NotIn' as const, values: ['prod'] }],
      },
      { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' as const }] },
    ];
    const labelSets = [{}, labels, { app: 'web', env: 'prod' }, { app: 'db', tier: 'x' }];
    for (const sel of selectors) {
      const matches = selectorMatcher(sel);
      for (const l of labelSets) expect(matches(l)).toBe(selectorMatches(sel, l));
    }
  });
});
