import { describe, expect, it } from 'vitest';
import { closeNames, editDistance } from './closeNames';

describe('when suggesting names', () => {
  it('measures edits', () => {
    expect(editDistance('reach', 'rech', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzabcdef', 2)).toBe(3);
  });

  it('counts two swapped neighbours as one edit', () => {
    expect(editDistance('wbe', 'web', 3)).toBe(1);
    expect(closeNames('prod/wbe', ['prod/db', 'prod/web'], 2)).toEqual(['prod/web', 'prod/db']);
  });

  it('offers the closest names first', () => {
    expect(closeNames('x/d', ['x/a', 'y/b', 'prod/db'], 1)).toEqual(['x/a']);
  });

  it('finds a bare name inside namespace/name', () => {
    expect(closeNames('database', ['prod/database', 'prod/web'], 2)).toEqual(['prod/database']);
  });

  it('offers nothing when no name is close', () => {
    expect(closeNames('zzzz', ['x/a', 'y/b'], 1)).toEqual([]);
  });
});
