import { describe, expect, it } from 'vitest';
import { NAMESPACE_COLLAPSED } from './layoutGeometry';
import { OUTSIDE_COLLAPSED, withOutsideCollapsed } from './outsideCollapsed';
import { OUTSIDE_INSET } from './outsideGroup';
import { boxAt, cardAt } from './outsideNodes.testkit';
import { OUTSIDE_GROUP_ID } from '../store';

const card = cardAt;
const box = boxAt;

describe('the group outside the cluster collapsed', () => {
  // Seven IP blocks and an endpoint in rows below the namespace "shop", as the layout puts them.
  const rows = Array.from({ length: 8 }, (_, i) =>
    card(
      i === 7 ? 'external:bank' : `ipBlock:10.${String(i)}.0.0/16`,
      (i % 3) * 240,
      300 + Math.floor(i / 3) * 96,
    ),
  );
  const nodes = [box('shop', 0, 0), card('any:*', 400, 0), ...rows];
  const drawn = withOutsideCollapsed(nodes);

  it('draws one small box that counts its cards, where its frame stood, and none of them', () => {
    expect(drawn.map((n) => n.id)).toEqual(['namespace:shop', 'any:*', OUTSIDE_GROUP_ID]);
    expect(drawn[2]).toMatchObject({
      type: 'outside',
      position: { x: -OUTSIDE_INSET.side, y: 300 - OUTSIDE_INSET.top },
      ...OUTSIDE_COLLAPSED,
      data: { ipBlocks: 7, endpoints: 1, collapsed: true },
    });
  });

  it('is as small as a collapsed namespace, as wide as its name needs', () => {
    expect(OUTSIDE_COLLAPSED.height).toBe(NAMESPACE_COLLAPSED.height);
    expect(OUTSIDE_COLLAPSED.width).toBeGreaterThanOrEqual(NAMESPACE_COLLAPSED.width);
  });

  it('changes nothing on a design with nothing outside the cluster', () => {
    const inside = [box('shop', 0, 0), card('any:*', 400, 0)];
    expect(withOutsideCollapsed(inside)).toBe(inside);
  });
});
