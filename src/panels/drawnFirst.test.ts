import { describe, expect, it } from 'vitest';
import { drawnFirst } from './drawnFirst';

describe('a long list', () => {
  const entries = Array.from({ length: 250 }, (_, i) => i);
  const none = () => false;

  it('draws its first entries', () => {
    expect(drawnFirst(entries, 100, false, none)).toEqual(entries.slice(0, 100));
  });

  it('draws every entry once asked', () => {
    expect(drawnFirst(entries, 100, true, none)).toBe(entries);
  });

  it('draws every entry when one that must be in sight lies past the first', () => {
    expect(drawnFirst(entries, 100, false, (e) => e === 240)).toBe(entries);
    expect(drawnFirst(entries, 100, false, (e) => e === 40)).toHaveLength(100);
  });

  it('draws a short list whole', () => {
    const few = entries.slice(0, 30);
    expect(drawnFirst(few, 100, false, none)).toBe(few);
  });
});
