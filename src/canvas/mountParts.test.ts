import { describe, expect, it } from 'vitest';
import { linesToMount } from './edgeChunks';

const lines = (ids: readonly string[]) => ids.map((id) => ({ id }));
const everyRouted = () => true;
const idsOf = (list: readonly { id: string }[]) => list.map((l) => l.id);

describe('the lines mounted between two paints', () => {
  it('are all of them, the same list, when few are new', () => {
    const all = lines(['a', 'b', 'c']);
    const { mount, waiting } = linesToMount(all, new Set(['a']), everyRouted, 2);
    expect(mount).toBe(all);
    expect(waiting).toBe(0);
  });

  it('keep every line already drawn and add only so many new ones, in order', () => {
    const all = lines(['n1', 'a', 'n2', 'n3', 'b', 'n4']);
    const { mount, waiting } = linesToMount(all, new Set(['a', 'b']), everyRouted, 2);
    expect(idsOf(mount)).toEqual(['n1', 'a', 'n2', 'b']);
    expect(waiting).toBe(2);
  });

  it('go on from where the last frame stopped until none waits', () => {
    const all = lines(['1', '2', '3', '4', '5']);
    let drawn = new Set<string>();
    const frames: string[][] = [];
    for (;;) {
      const { mount, waiting } = linesToMount(all, drawn, everyRouted, 2);
      frames.push(idsOf(mount));
      drawn = new Set(idsOf(mount));
      if (waiting === 0) break;
    }
    expect(frames).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
      ['1', '2', '3', '4', '5'],
    ]);
  });

  it('leave out a new line until its route is known, without counting it as waiting', () => {
    const all = lines(['a', 'b', 'c']);
    const { mount, waiting } = linesToMount(all, new Set(), (id) => id !== 'b', 5);
    expect(idsOf(mount)).toEqual(['a', 'c']);
    expect(waiting).toBe(0);
  });

  it('keep a drawn line whose route is not known any more, and drop lines no longer there', () => {
    const { mount } = linesToMount(lines(['a', 'c']), new Set(['a', 'b']), () => false, 5);
    expect(idsOf(mount)).toEqual(['a']);
  });
});
