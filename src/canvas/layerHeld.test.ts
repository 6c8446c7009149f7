import { describe, expect, it } from 'vitest';
import { layerHeldOf, takingInParts } from './layerHeld';

const lines = (...ids: string[]) => ids.map((id) => ({ id }));

describe('the lines the line layer leaves to React Flow', () => {
  it('are those React Flow holds once every part is in', () => {
    const before = lines('a');
    const held = lines('a', 'b', 'c');
    expect(layerHeldOf(before, held, false)).toBe(held);
  });

  it('stay those it left before while new lines arrive in parts (F lights hundreds)', () => {
    const before = lines('a');
    expect(layerHeldOf(before, lines('a', 'b'), true)).toBe(before);
    expect(layerHeldOf(before, lines('a', 'b', 'c'), true)).toBe(before);
  });

  it('are those React Flow holds when a line it held left it meanwhile (none is lost)', () => {
    const before = lines('a', 'b');
    const held = lines('a', 'c');
    expect(layerHeldOf(before, held, true)).toBe(held);
    expect(layerHeldOf(before, lines('a'), true)).toEqual(lines('a'));
  });

  it('are those React Flow holds the first time', () => {
    const held = lines('a');
    expect(layerHeldOf(null, held, true)).toBe(held);
  });
});

describe('whether React Flow is taking lines in parts', () => {
  const routed = (id: string) => id !== 'unrouted';

  it('is while a routed line it is to hold waits for a later part', () => {
    expect(takingInParts(lines('a', 'b'), lines('a'), routed)).toBe(true);
  });

  it('is not when only lines without a route wait (the layer cannot draw them either)', () => {
    expect(takingInParts(lines('a', 'unrouted'), lines('a'), routed)).toBe(false);
  });

  it('is not once it holds every line', () => {
    const all = lines('a', 'b');
    expect(takingInParts(all, all, routed)).toBe(false);
    expect(takingInParts(all, lines('a', 'b'), routed)).toBe(false);
  });
});
