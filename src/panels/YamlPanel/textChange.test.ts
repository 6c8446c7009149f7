import { describe, expect, it } from 'vitest';
import { textChange } from './textChange';

/** `before` with `change` made. */
function applied(before: string, after: string): string {
  const change = textChange(before, after);
  if (change === null) return before;
  return before.slice(0, change.from) + change.insert + before.slice(change.to);
}

describe('the change between two texts', () => {
  it('is none when they are equal', () => {
    expect(textChange('kind: Pod\n', 'kind: Pod\n')).toBeNull();
  });

  it('spans only what differs: a policy taken out of the middle', () => {
    const before = 'a: 1\n---\nb: 2\n---\nc: 3\n';
    const after = 'a: 1\n---\nc: 3\n';
    expect(textChange(before, after)).toEqual({ from: 9, to: 18, insert: '' });
  });

  it('never lets what the ends share overlap', () => {
    for (const [before, after] of [
      ['aaa', 'aa'],
      ['aa', 'aaa'],
      ['abab', 'ab'],
      ['', 'x'],
      ['x', ''],
      ['name: web\n', 'name: api\n'],
    ] as const) {
      expect(applied(before, after)).toBe(after);
      const change = textChange(before, after);
      expect(change?.from).toBeLessThanOrEqual(change?.to ?? 0);
    }
  });
});
