import { describe, expect, it } from 'vitest';
import {
  NAMESPACE_COLLAPSED,
  NAMESPACE_MIN,
  namespaceFit,
  namespaceNameBox,
  namespaceNameRoom,
  rowSlots,
} from './layoutGeometry';
import { nameWidthEm } from './nameEm';
import type { Size } from './layoutGeometry';

/** Width over height of what the boxes at `slots` cover. */
function aspectOf(slots: readonly { x: number; y: number }[], sizes: readonly Size[]): number {
  const right = Math.max(...slots.map((s, i) => s.x + sizes[i]!.width));
  const bottom = Math.max(...slots.map((s, i) => s.y + sizes[i]!.height));
  return right / bottom;
}

describe('rowSlots', () => {
  it('puts a few boxes in rows of about 1,100 units, as a lesson is drawn', () => {
    const sizes = [NAMESPACE_MIN, NAMESPACE_MIN, NAMESPACE_MIN, NAMESPACE_MIN];
    const slots = rowSlots(sizes);
    expect(slots.map((s) => s.y)).toEqual([0, 0, 0, slots[3]!.y]);
    expect(slots[3]!.y).toBeGreaterThan(NAMESPACE_MIN.height);
    expect(slots[3]!.x).toBe(0);
  });

  it('lays 130 collapsed namespaces out about as wide as a screen, not in a column', () => {
    const sizes = Array.from({ length: 130 }, () => NAMESPACE_COLLAPSED);
    const slots = rowSlots(sizes);
    const aspect = aspectOf(slots, sizes);
    expect(aspect).toBeGreaterThan(1.2);
    expect(aspect).toBeLessThan(2.6);
  });

  it('never lets two boxes of mixed sizes overlap', () => {
    const sizes: Size[] = Array.from({ length: 60 }, (_, i) => ({
      width: 260 + ((i * 97) % 900),
      height: 180 + ((i * 53) % 700),
    }));
    const slots = rowSlots(sizes);
    for (let a = 0; a < sizes.length; a += 1) {
      for (let b = a + 1; b < sizes.length; b += 1) {
        const [p, q, s, t] = [slots[a]!, slots[b]!, sizes[a]!, sizes[b]!];
        const apart =
          p.x + s.width <= q.x ||
          q.x + t.width <= p.x ||
          p.y + s.height <= q.y ||
          q.y + t.height <= p.y;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('where a namespace box draws its name', () => {
  const box = { x: 100, y: 200, width: 1300, height: 900 };

  it('is its top left, as tall as its header at the compact band and as wide as the name', () => {
    const name = namespaceNameBox(box, 'ns-3', false);
    expect(name).toMatchObject({ x: 100, y: 200, height: 57 });
    expect(name.width).toBeGreaterThan(4 * 28 * 0.59);
    expect(name.width).toBeLessThan(300);
  });

  it('is never wider than the box', () => {
    const narrow = { ...box, width: 260 };
    expect(namespaceNameBox(narrow, 'a-very-long-namespace-name', true).width).toBe(260);
  });
});

describe('a namespace box sized for its name', () => {
  it('holds it as the box draws each character, wide letters included', () => {
    // m, b, d, g and o are wider than an average character: 12.51 em where 17 average ones
    // take 11.56, and the name was cut ("mongodb-memcac…").
    const name = 'mongodb-memcached';
    const ems = nameWidthEm(name);
    expect(ems).toBeGreaterThan(name.length * 0.68);
    // The room the header leaves its name: the box less its side padding and what sits beside.
    const room = (width: number, open: boolean) => width - 28 - namespaceNameRoom(open);
    expect(room(namespaceFit(name, NAMESPACE_COLLAPSED, false).width, false)).toBeGreaterThan(
      28 * ems,
    );
    expect(room(namespaceFit(name, NAMESPACE_MIN, true).width, true)).toBeGreaterThan(28 * ems);
    const box = { x: 0, y: 0, width: 2000, height: 400 };
    expect(namespaceNameBox(box, name, false).width - 28).toBeGreaterThan(28 * ems);
  });
});
