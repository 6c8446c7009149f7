import { describe, expect, it } from 'vitest';
import { namesJoin } from './namesJoin';

describe('names in a sentence', () => {
  it('are joined with commas and a last and', () => {
    expect(namesJoin([])).toBe('');
    expect(namesJoin(['a'])).toBe('a');
    expect(namesJoin(['a', 'b'])).toBe('a and b');
    expect(namesJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('spell out three, or four, and count the rest', () => {
    expect(namesJoin(['a', 'b', 'c', 'd'])).toBe('a, b, c and d');
    expect(namesJoin(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c and 2 more');
    expect(namesJoin(['a', 'b', 'c', 'd', 'e'], 3, 'or')).toBe('a, b, c or 2 more');
  });

  it('spell out every name when asked to', () => {
    expect(namesJoin(['a', 'b', 'c', 'd', 'e'], Infinity)).toBe('a, b, c, d and e');
  });
});
