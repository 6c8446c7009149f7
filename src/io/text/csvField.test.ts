import { describe, expect, it } from 'vitest';
import { csvField } from './csvField';

describe('a CSV field', () => {
  it('is written as it is when it holds nothing CSV treats specially', () => {
    expect(csvField('shop/web')).toBe('shop/web');
    expect(csvField('')).toBe('');
  });

  it('is quoted when it holds a comma, a line break or a carriage return', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('has its quotes doubled inside quotes', () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });
});
