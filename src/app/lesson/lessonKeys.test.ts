import { describe, expect, it } from 'vitest';
import { lessonKeyFor, presenterMove } from './lessonKeys';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => lessonKeyFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('when a presenter presses a key', () => {
  it('steps forward with →, Page Down and Space (what clickers send)', () => {
    expect(press('ArrowRight')).toBe('next');
    expect(press('PageDown')).toBe('next');
    expect(press(' ')).toBe('next');
  });

  it('steps back with ← and Page Up', () => {
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('PageUp')).toBe('previous');
  });

  it('toggles presentation mode with P, but not Ctrl+P (print)', () => {
    expect(press('p')).toBe('present');
    expect(press('p', { ctrlKey: true })).toBeNull();
  });

  it('toggles the room: S the side panel, T the whole text, M the Matrix', () => {
    expect(press('s')).toBe('panel');
    expect(press('T')).toBe('text');
    expect(press('m')).toBe('matrix');
    expect(press('s', { ctrlKey: true })).toBeNull();
  });

  it('leaves other keys alone', () => {
    expect(press('ArrowUp')).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
  });
});

describe('when a presenter steps while a connection is walked', () => {
  const lesson = { step: 2, steps: 6 };

  it('moves the packet to the next and previous stop first', () => {
    expect(presenterMove('next', { walk: { stop: 0, stops: 4 }, lesson })).toEqual({
      kind: 'walkStop',
      stop: 1,
    });
    expect(presenterMove('previous', { walk: { stop: 3, stops: 4 }, lesson })).toEqual({
      kind: 'walkStop',
      stop: 2,
    });
  });

  it("steps the lesson once the walk's last (or first) stop is reached", () => {
    expect(presenterMove('next', { walk: { stop: 3, stops: 4 }, lesson })).toEqual({
      kind: 'lessonStep',
      step: 3,
      revealed: 'first',
    });
    expect(presenterMove('previous', { walk: { stop: 0, stops: 4 }, lesson })).toEqual({
      kind: 'lessonStep',
      step: 1,
      revealed: 'all',
    });
  });

  it('walks without a lesson, and does nothing past either end', () => {
    expect(presenterMove('next', { walk: { stop: 1, stops: 4 }, lesson: null })).toEqual({
      kind: 'walkStop',
      stop: 2,
    });
    expect(presenterMove('next', { walk: { stop: 3, stops: 4 }, lesson: null })).toBeNull();
    expect(presenterMove('next', { walk: null, lesson: { step: 5, steps: 6 } })).toBeNull();
    expect(presenterMove('previous', { walk: null, lesson: { step: 0, steps: 6 } })).toBeNull();
  });
});

describe('when a presenter reveals a step line by line', () => {
  const lesson = { step: 1, steps: 3 };

  it('toggles the laser with L and revealing with R', () => {
    expect(press('l')).toBe('laser');
    expect(press('R')).toBe('reveal');
  });

  it('shows one more line before the next step, and hides one before the previous', () => {
    const reveal = (shown: number) => ({ walk: null, lesson, reveal: { shown, lines: 3 } });
    expect(presenterMove('next', reveal(1))).toEqual({ kind: 'revealLines', lines: 2 });
    expect(presenterMove('next', reveal(3))).toEqual({
      kind: 'lessonStep',
      step: 2,
      revealed: 'first',
    });
    expect(presenterMove('previous', reveal(2))).toEqual({ kind: 'revealLines', lines: 1 });
    expect(presenterMove('previous', reveal(1))).toEqual({
      kind: 'lessonStep',
      step: 0,
      revealed: 'all',
    });
  });

  it('walks the connection first, as before', () => {
    const at = { walk: { stop: 0, stops: 4 }, lesson, reveal: { shown: 1, lines: 3 } };
    expect(presenterMove('next', at)).toEqual({ kind: 'walkStop', stop: 1 });
  });
});
