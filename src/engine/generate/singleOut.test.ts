import { describe, expect, it } from 'vitest';
import { selectorMatches } from '../match/selector';
import { singleOutSelector } from './singleOut';

describe('singleOutSelector', () => {
  it('takes the fewest labels no other pod of the namespace has', () => {
    const web = { app: 'shop', tier: 'web', team: 'a' };
    const others = [
      { app: 'shop', tier: 'api', team: 'a' },
      { app: 'blog', tier: 'web', team: 'a' },
    ];
    expect(singleOutSelector(web, others)).toEqual({ matchLabels: { app: 'shop', tier: 'web' } });
    expect(singleOutSelector({ app: 'db' }, others)).toEqual({ matchLabels: { app: 'db' } });
  });

  it('keeps one label even when the pod is alone in its namespace', () => {
    expect(singleOutSelector({ b: '2', a: '1' }, [])).toEqual({ matchLabels: { a: '1' } });
    expect(singleOutSelector({}, [])).toEqual({});
  });

  it('leaves out the pods whose labels are a superset with DoesNotExist', () => {
    const web = { app: 'web' };
    const canary = { app: 'web', track: 'canary' };
    const debug = { app: 'web', track: 'x', debug: 'on' };
    const selector = singleOutSelector(web, [canary, debug, { app: 'api' }]);
    expect(selector).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'track', operator: 'DoesNotExist' }],
    });
    expect(selectorMatches(selector, web)).toBe(true);
    expect([canary, debug].some((l) => selectorMatches(selector, l))).toBe(false);
    expect(singleOutSelector({}, [{ a: '1' }, { b: '1' }])).toEqual({
      matchExpressions: [
        { key: 'a', operator: 'DoesNotExist' },
        { key: 'b', operator: 'DoesNotExist' },
      ],
    });
  });
});
