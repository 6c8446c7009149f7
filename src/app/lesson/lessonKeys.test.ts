import { describe, expect, it } from 'vitest';
import { lessonKeyFor } from './lessonKeys';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => lessonKeyFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('when a presenter presses a key', () => {
  it('steps forward with → and Page Down', () => {
    expect(press('ArrowRight')).toBe('next');
    expect(press('PageDown')).toBe('next');
  });

  it('steps back with ← and Page Up', () => {
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('PageUp')).toBe('previous');
  });

  it('toggles presentation mode with P, but not Ctrl+P (print)', () => {
    expect(press('p')).toBe('present');
    expect(press('p', { ctrlKey: true })).toBeNull();
  });

  it('leaves other keys alone', () => {
    expect(press('ArrowUp')).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
  });
});
