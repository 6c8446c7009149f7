import { describe, expect, it } from 'vitest';
import { roomMade } from './roomMade';

const box = (x: number, y: number, width = 100, height = 100) => ({ x, y, width, height });

describe('room for a box that grew', () => {
  it('moves what it now covers below it down, and what stood right of it right', () => {
    const before = { a: box(0, 0), below: box(0, 150), right: box(150, 0), far: box(900, 900) };
    const after = { ...before, a: box(0, 0, 200, 200) };
    expect(roomMade(before, after)).toEqual({ below: { x: 0, y: 248 }, right: { x: 248, y: 0 } });
  });

  it('moves on what a moved box then covers, and nothing that it covered already', () => {
    const before = { a: box(0, 0), b: box(0, 150), c: box(0, 300), d: box(50, 160) };
    const after = { ...before, a: box(0, 0, 100, 200) };
    const room = roomMade(before, after);
    expect(room.b).toEqual({ x: 0, y: 248 });
    expect(room.c).toEqual({ x: 0, y: 396 });
    // d overlapped b before the edit: it is not b's to move; a covers it now, so a moves it.
    expect(room.d).toEqual({ x: 50, y: 248 });
  });

  it('moves nothing when no box grew, nor a card inside a box', () => {
    const before = { a: box(0, 0), card: { ...box(10, 10), parent: 'a' } };
    expect(
      roomMade(before, { ...before, card: { ...box(10, 10, 300, 300), parent: 'a' } }),
    ).toEqual({});
  });
});
