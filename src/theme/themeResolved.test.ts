import { describe, expect, it } from 'vitest';
import { themeResolved } from './themeResolved';

describe('the theme on show', () => {
  it('follows the system when the setting is Auto', () => {
    expect(themeResolved('system', true)).toBe('dark');
    expect(themeResolved('system', false)).toBe('light');
  });

  it('is the one chosen otherwise, whatever the system says', () => {
    expect(themeResolved('light', true)).toBe('light');
    expect(themeResolved('dark', false)).toBe('dark');
  });
});
