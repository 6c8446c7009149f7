import { describe, expect, it } from 'vitest';
import {
  MOST_PARTS,
  MOST_PARTS_WHEN_SLOW,
  PART_BUDGET_MS,
  awayFromView,
  boxesWithTheirCards,
  linesBetween,
  nextPartSize,
  partSize,
  partSizeRange,
  partToMount,
} from './mountParts';

const lines = (ids: readonly string[]) => ids.map((id) => ({ id }));
const idsOf = (list: readonly { id: string }[]) => list.map((l) => l.id);

describe('the things mounted between two paints', () => {
  it('are all of them, the same list, when few are new', () => {
    const all = lines(['a', 'b', 'c']);
    const { mount, waiting } = partToMount(all, new Set(['a']), 2);
    expect(mount).toBe(all);
    expect(waiting).toBe(0);
  });

  it('keep everything already mounted and add only so many new ones, in order', () => {
    const all = lines(['n1', 'a', 'n2', 'n3', 'b', 'n4']);
    const { mount, waiting } = partToMount(all, new Set(['a', 'b']), 2);
    expect(idsOf(mount)).toEqual(['n1', 'a', 'n2', 'b']);
    expect(waiting).toBe(2);
  });

  it('go on from where the last frame stopped until none waits', () => {
    const all = lines(['1', '2', '3', '4', '5']);
    let drawn = new Set<string>();
    const frames: string[][] = [];
    for (;;) {
      const { mount, waiting } = partToMount(all, drawn, 2);
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

  it('leave out a new one until it is ready (a line without its route), without counting it as waiting', () => {
    const all = lines(['a', 'b', 'c']);
    const { mount, waiting } = partToMount(all, new Set(), 5, (id) => id !== 'b');
    expect(idsOf(mount)).toEqual(['a', 'c']);
    expect(waiting).toBe(0);
  });

  it('take those that were on screen already at once, ready or not, besides the part', () => {
    const all = lines(['a', 'b', 'c', 'd', 'e']);
    const shown = new Set(['d', 'e']);
    const { mount, waiting } = partToMount(
      all,
      new Set(),
      1,
      (id) => id !== 'e',
      false,
      (l) => shown.has(l.id),
    );
    expect(idsOf(mount)).toEqual(['a', 'd', 'e']);
    expect(waiting).toBe(2);
    // Held for a paint, the new ones wait; those on screen do not.
    const held = partToMount(
      all,
      new Set(),
      1,
      () => true,
      true,
      (l) => shown.has(l.id),
    );
    expect(idsOf(held.mount)).toEqual(['d', 'e']);
    expect(held.waiting).toBe(3);
  });

  it('keep a mounted one that is not ready any more, and drop those no longer there', () => {
    const { mount } = partToMount(lines(['a', 'c']), new Set(['a', 'b']), 5, () => false);
    expect(idsOf(mount)).toEqual(['a']);
  });
});

describe('a box and its cards', () => {
  const node = (id: string, parentId?: string, x = 0) => ({ id, parentId, position: { x, y: 0 } });
  // Two boxes of three cards each, and a card of no box.
  const all = [
    node('A'),
    node('a1', 'A'),
    node('a2', 'A'),
    node('a3', 'A'),
    node('B'),
    node('b1', 'B'),
    node('b2', 'B'),
    node('b3', 'B'),
    node('lone'),
  ];

  it('come in one part, however small the parts: a box is never mounted without its cards', () => {
    const first = partToMount(all, new Set(), 2);
    expect(idsOf(first.mount)).toEqual(['A', 'a1', 'a2', 'a3']);
    const second = partToMount(all, new Set(idsOf(first.mount)), 2);
    expect(idsOf(second.mount)).toEqual([...idsOf(first.mount), 'B', 'b1', 'b2', 'b3']);
    expect(second.waiting).toBe(1);
  });

  it('come in one part when the box is mounted already (a collapsed namespace opening)', () => {
    const { mount, waiting } = partToMount(all, new Set(['A', 'B', 'lone']), 2);
    expect(idsOf(mount)).toEqual(['A', 'a1', 'a2', 'a3', 'B', 'lone']);
    expect(waiting).toBe(3);
  });

  it('are drawn as the box was drawn before, at its new place, until all its cards are', () => {
    const closed = { ...node('A'), data: 'collapsed' };
    const opened = { ...node('A', undefined, 50), data: 'open' };
    const before = new Map([['A', closed]]);
    const list = [opened, { ...node('a1', 'A'), data: '' }];
    const waiting = boxesWithTheirCards(list, [opened], before);
    expect(waiting).toEqual([{ ...closed, position: { x: 50, y: 0 } }]);
    // The same object while nothing changed (React Flow skips it).
    expect(boxesWithTheirCards(list, [opened], before)[0]).toBe(waiting[0]);
    expect(boxesWithTheirCards(list, list, before)).toBe(list);
  });

  it('are drawn as they are when the box was not drawn before', () => {
    const drawn = [node('A')];
    expect(boxesWithTheirCards(all, drawn, new Map())).toEqual(drawn);
  });
});

describe('the boxes whose cards come first', () => {
  const box = (id: string, x: number, y: number) => ({
    id,
    position: { x, y },
    width: 400,
    height: 300,
  });
  const card = (id: string, parentId: string) => ({ id, parentId, position: { x: 20, y: 40 } });
  // Three boxes in a row, 500 px apart; the view shows the last (x 1000 to 1800).
  const all = [
    box('A', 0, 0),
    card('a1', 'A'),
    card('a2', 'A'),
    box('B', 500, 0),
    card('b1', 'B'),
    box('C', 1000, 0),
    card('c1', 'C'),
    card('c2', 'C'),
  ];
  const view = { x: 1000, y: -100, width: 800, height: 600 };

  it('are those in view, then the nearest, whatever the order of the design', () => {
    const mounted = new Set(['A', 'B', 'C']);
    const away = awayFromView(all, view);
    const first = partToMount(all, mounted, 2, undefined, false, undefined, away);
    expect(idsOf(first.mount)).toEqual(['A', 'B', 'C', 'c1', 'c2']);
    const second = partToMount(
      all,
      new Set(idsOf(first.mount)),
      1,
      undefined,
      false,
      undefined,
      away,
    );
    expect(idsOf(second.mount)).toEqual(['A', 'B', 'b1', 'C', 'c1', 'c2']);
  });

  it('are counted by the gap between a box and the view: none for a box across its edge', () => {
    const away = awayFromView(all, view);
    expect(away('C')).toBe(0);
    expect(away('B')).toBe(100);
    expect(away('A')).toBe(600);
    // A view from x 850 takes in the right edge of B (500 to 900).
    expect(awayFromView(all, { ...view, x: 850 })('B')).toBe(0);
    expect(away('a box not in the design')).toBe(Infinity);
  });
});

describe('the lines handed React Flow while cards arrive in parts', () => {
  const edges = [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'bc', source: 'b', target: 'c' },
  ];

  it('are those whose two cards are mounted', () => {
    const all = lines(['a', 'b', 'c']);
    expect(idsOf(linesBetween(edges, lines(['a', 'b']), all))).toEqual(['ab']);
  });

  it('are the same list once every card is mounted', () => {
    const all = lines(['a', 'b', 'c']);
    expect(linesBetween(edges, all, all)).toBe(edges);
  });
});

describe('the size of a part', () => {
  it('is the size asked for while the list fits in the most parts', () => {
    expect(partSize(10 * MOST_PARTS, 10)).toBe(10);
    expect(partSize(3, 10)).toBe(10);
  });

  it('grows so that a very long list still takes no more than the most parts', () => {
    const size = partSize(1065, 10);
    expect(size).toBeGreaterThan(10);
    expect(Math.ceil(1065 / size)).toBeLessThanOrEqual(MOST_PARTS);
  });
});

describe('the size of the next part, by what the last one cost', () => {
  const range = partSizeRange(1065, 10);

  it('ranges from a share of the slowest parts to the size counted', () => {
    expect(range.most).toBe(partSize(1065, 10));
    expect(range.least).toBe(Math.ceil(1065 / MOST_PARTS_WHEN_SLOW));
    expect(partSizeRange(40, 10)).toEqual({ least: 10, most: 10 });
  });

  it('shrinks as a part took longer than the budget, and grows back as it took less', () => {
    expect(nextPartSize(50, PART_BUDGET_MS * 1.25, { least: 10, most: 60 })).toBe(40);
    expect(nextPartSize(40, PART_BUDGET_MS / 2, { least: 10, most: 60 })).toBe(60);
  });

  it('stays within its range however long or short a part took', () => {
    expect(nextPartSize(range.most, 1000, range)).toBe(range.least);
    expect(nextPartSize(range.least, 1, range)).toBe(range.most);
    expect(nextPartSize(range.least, 0, range)).toBe(range.most);
  });
});
