import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { EXTERNAL_SIZE, NAMESPACE_COLLAPSED, NAMESPACE_INSET } from '../layoutGeometry';
import { OUTSIDE_INSET } from '../outsideGroup';
import { OUTSIDE_COLLAPSED } from '../outsideCollapsed';
import { OUTSIDE_GROUP_ID } from '../../store';
import { placeLoneCards, setLoneCardsAside } from './loneCards';
import { repackTopAround } from './outsideRows';
import { repackTop } from './packRows';

/** A laid-out top level: `boxes` collapsed namespaces, then a group of `cards` IP blocks. */
function design(boxes: number, cards: number, card = EXTERNAL_SIZE): ElkNode {
  const children: ElkNode[] = Array.from({ length: boxes }, (_, i) => ({
    id: `namespace:ns-${String(i)}`,
    ...NAMESPACE_COLLAPSED,
  }));
  const blocks = Array.from({ length: cards }, (_, i) => ({
    id: `ipBlock:10.0.${String(i)}.0/24`,
    ...card,
  }));
  children.push({ id: OUTSIDE_GROUP_ID, width: 300, height: 156, children: blocks });
  // As the layout hands it over: the group's cards in rows of a namespace's shape.
  const { graph, aside } = setLoneCardsAside({ id: 'root', children });
  return placeLoneCards(graph, aside);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rectOf(n: ElkNode): Rect {
  return { x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0 };
}

function fittedScale(laidOut: ElkNode, aim: number): number {
  const top = (laidOut.children ?? []).map(rectOf);
  const right = Math.max(...top.map((r) => r.x + r.width));
  const bottom = Math.max(...top.map((r) => r.y + r.height));
  return Math.min(aim / right, 1 / bottom);
}

describe('the group outside the cluster at the top level', () => {
  const aim = 1.8;

  for (const [boxes, cards] of [
    [11, 4],
    [10, 15],
    [60, 12],
  ] as const) {
    it(`comes after or beside ${String(boxes)} namespaces, never before them (${String(cards)} IP blocks)`, () => {
      const packed = repackTopAround(design(boxes, cards), aim);
      const top = packed.children ?? [];
      const group = top.find((n) => n.id === OUTSIDE_GROUP_ID);
      if (group === undefined) throw new Error('no group');
      const g = rectOf(group);
      // The top left is a namespace's, and the group ends the rows it runs alongside.
      expect(rectOf(top[0] ?? group)).toMatchObject({ x: 0, y: 0 });
      for (const n of top) {
        if (n === group) continue;
        const r = rectOf(n);
        const alongside = r.y < g.y + g.height && g.y < r.y + r.height;
        if (alongside) expect(r.x + r.width, `${n.id} after the group`).toBeLessThanOrEqual(g.x);
      }
      // Its cards lie inside it, none over another.
      const inside = (group.children ?? []).map(rectOf);
      for (const [i, c] of inside.entries()) {
        expect(c.x + c.width).toBeLessThanOrEqual(g.width);
        expect(c.y + c.height).toBeLessThanOrEqual(g.height);
        for (const d of inside.slice(i + 1)) {
          const apart =
            c.x + c.width <= d.x ||
            d.x + d.width <= c.x ||
            c.y + c.height <= d.y ||
            d.y + d.height <= c.y;
          expect(apart).toBe(true);
        }
      }
    });

    it(`draws ${String(boxes)} namespaces and ${String(cards)} IP blocks larger than a group of a namespace's shape`, () => {
      const laidOut = design(boxes, cards);
      const larger = fittedScale(repackTopAround(laidOut, aim), aim);
      // The group as handed over, with the room its name takes above its cards when drawn.
      const asDrawn = {
        ...laidOut,
        children: (laidOut.children ?? []).map((n) =>
          n.id === OUTSIDE_GROUP_ID
            ? { ...n, height: (n.height ?? 0) + OUTSIDE_INSET.top - NAMESPACE_INSET.top }
            : n,
        ),
      };
      const packedAsIs = fittedScale(repackTop(asDrawn, aim), aim);
      // A few IP blocks fit a namespace's shape as well as any other.
      if (cards < 10) expect(larger).toBeGreaterThanOrEqual(packedAsIs);
      else expect(larger).toBeGreaterThan(packedAsIs * 1.02);
    });
  }
});

describe('a wide group of many IP blocks beside a few nodes', () => {
  it('comes after namespaces on its rows, or below them, never first above them', () => {
    // A dump at 1920×1080: "Anywhere", 70 collapsed namespaces, 31 IP blocks.
    // Its IP blocks' cards are as wide as "except 10.0.20.0/24" needs.
    const laidOut = design(70, 31, { width: 317, height: 76 });
    const anywhere = { id: 'any:*', ...EXTERNAL_SIZE };
    const children = [anywhere, ...(laidOut.children ?? [])];
    const packed = repackTopAround({ ...laidOut, children }, 1.56);
    const top = packed.children ?? [];
    const group = top.find((n) => n.id === OUTSIDE_GROUP_ID);
    if (group === undefined) throw new Error('no group');
    const g = rectOf(group);
    const namespaces = top.filter((n) => n.id.startsWith('namespace:')).map(rectOf);
    const below = namespaces.every((r) => r.y + r.height <= g.y);
    const besideSome = namespaces.some(
      (r) => r.x + r.width <= g.x && r.y < g.y + g.height && g.y < r.y + r.height,
    );
    expect(below || besideSome).toBe(true);
  });
});

describe('the rows of the group outside the cluster', () => {
  it('leave its name the room above them that it takes zoomed out', () => {
    const laidOut = design(4, 5);
    const packed = repackTopAround(laidOut, 1.56);
    const group = (packed.children ?? []).find((n) => n.id === OUTSIDE_GROUP_ID);
    const cards = group?.children ?? [];
    expect(cards).toHaveLength(5);
    expect(Math.min(...cards.map((c) => c.y ?? 0))).toBe(OUTSIDE_INSET.top);
    expect(Math.min(...cards.map((c) => c.x ?? 0))).toBe(OUTSIDE_INSET.side);
    const bottom = Math.max(...cards.map((c) => (c.y ?? 0) + (c.height ?? 0)));
    expect(group?.height).toBe(bottom + OUTSIDE_INSET.bottom);
  });
});

describe('the group outside the cluster collapsed, at the top level', () => {
  it('is packed as its small box, its cards behind it', () => {
    const packed = repackTopAround(design(12, 30), 1.6, true);
    const group = packed.children?.find((n) => n.id === OUTSIDE_GROUP_ID);
    expect(group).toMatchObject(OUTSIDE_COLLAPSED);
    const first = group?.children?.[0];
    expect([first?.x, first?.y]).toEqual([OUTSIDE_INSET.side, OUTSIDE_INSET.top]);
    // Packed as one more collapsed box: the picture not as tall as the open group makes it.
    const bottom = (root: ElkNode) =>
      Math.max(...(root.children ?? []).map((n) => (n.y ?? 0) + (n.height ?? 0)));
    expect(bottom(packed)).toBeLessThan(bottom(repackTopAround(design(12, 30), 1.6)));
  });
});
