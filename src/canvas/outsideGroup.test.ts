import { describe, expect, it } from 'vitest';
import { EXTERNAL_SIZE, NAMESPACE_COLLAPSED, namespaceFit } from './layoutGeometry';
import { OUTSIDE_GROUP_ID, OUTSIDE_GROUP_NAME } from '../store';
import {
  OUTSIDE_INSET,
  OUTSIDE_NAME_GAP,
  outsideCountText,
  outsideFrameOf,
  withOutsideFrame,
} from './outsideGroup';
import type { CanvasNode } from './reactFlowTypes';
import { boxAt, cardAt } from './outsideNodes.testkit';
import { namespaceHeaderHeightOf } from './zoomBand';

const card = cardAt;
const box = boxAt;

describe('the frame of the group outside the cluster', () => {
  it('is drawn around its cards, with room for its name above them', () => {
    const frame = outsideFrameOf(
      [
        { x: 100, y: 500, ...EXTERNAL_SIZE },
        { x: 340, y: 500, ...EXTERNAL_SIZE },
      ],
      [{ x: 0, y: 0, ...NAMESPACE_COLLAPSED }],
    );
    expect(frame).toEqual({
      x: 100 - OUTSIDE_INSET.side,
      y: 500 - OUTSIDE_INSET.top,
      width: 240 + EXTERNAL_SIZE.width + 2 * OUTSIDE_INSET.side,
      height: OUTSIDE_INSET.top + EXTERNAL_SIZE.height + OUTSIDE_INSET.bottom,
    });
  });

  it('is not drawn where it would reach over a namespace: a layout made by hand', () => {
    const cards = [
      { x: 0, y: 0, ...EXTERNAL_SIZE },
      { x: 0, y: 900, ...EXTERNAL_SIZE },
    ];
    expect(outsideFrameOf(cards, [{ x: 0, y: 300, ...NAMESPACE_COLLAPSED }])).toBeNull();
  });

  it('comes first among the nodes, behind them, and counts what it holds', () => {
    const nodes = [
      box('shop', 0, 0),
      card('ipBlock:10.0.0.0/8', 0, 300),
      card('ipBlock:172.16.0.0/12', 240, 300),
      card('external:backup', 480, 300),
      card('any:*', 800, 0),
    ];
    const framed = withOutsideFrame(nodes);
    expect(framed.slice(1)).toEqual(nodes);
    expect(framed[0]).toMatchObject({
      id: OUTSIDE_GROUP_ID,
      type: 'outside',
      selectable: false,
      data: { ipBlocks: 2, endpoints: 1 },
    });
    expect(outsideCountText(2, 1)).toBe('2 IP blocks · 1 endpoint');
  });

  it('leaves a design with nothing outside the cluster as it is', () => {
    const nodes = [box('shop', 0, 0), card('any:*', 400, 0)];
    expect(withOutsideFrame(nodes)).toBe(nodes);
  });
});

describe('the frame where a card has left the group', () => {
  // Seven IP blocks in rows of three, below the namespace "shop", as the layout puts them.
  const rows = Array.from({ length: 7 }, (_, i) =>
    card(`ipBlock:10.${String(i)}.0.0/16`, (i % 3) * 240, 300 + Math.floor(i / 3) * 96),
  );
  const frameOf = (nodes: CanvasNode[]) => {
    const framed = withOutsideFrame(nodes);
    return framed[0]?.id === OUTSIDE_GROUP_ID ? framed[0] : null;
  };

  it('stays around the others when one card is dragged onto a namespace', () => {
    const all = [box('shop', 0, 0), box('db', 900, 0), ...rows];
    const before = frameOf(all);
    const dragged = all.map((n) => (n === rows[6] ? { ...n, position: { x: 920, y: 20 } } : n));
    const after = frameOf(dragged);
    expect(after).toMatchObject({ data: { ipBlocks: 6, endpoints: 0 } });
    expect(after?.position).toEqual(before?.position);
  });

  it('stays around the others when one card is dragged far from them', () => {
    const all = [box('shop', 0, 0), ...rows];
    const dragged = all.map((n) => (n === rows[0] ? { ...n, position: { x: 2000, y: 0 } } : n));
    expect(frameOf(dragged)).toMatchObject({
      position: { x: -OUTSIDE_INSET.side, y: 300 - OUTSIDE_INSET.top },
      data: { ipBlocks: 6 },
    });
  });

  it('is not drawn where most of the cards stand apart: a layout made by hand', () => {
    const scattered = [
      box('shop', 0, 0),
      ...rows.map((n, i) => ({ ...n, position: { x: i * 600, y: 300 } })),
    ];
    expect(frameOf(scattered)).toBeNull();
  });
});

describe('the name of the group outside the cluster', () => {
  it('has the room a namespace header takes, in every band, and stands clear of the cards', () => {
    for (const band of ['full', 'compact', 'names'] as const) {
      for (const presenting of [false, true]) {
        const head = namespaceHeaderHeightOf(band, presenting);
        expect(
          OUTSIDE_INSET.top - head,
          `${band}, presenting: ${String(presenting)}`,
        ).toBeGreaterThanOrEqual(OUTSIDE_NAME_GAP);
      }
    }
  });

  it('reads whole beside its Collapse, as an open namespace’s does, however few its cards', () => {
    // Two cards in one column, as a narrow layout stacks them.
    const column = [0, 100].map((y) => ({ x: 0, y, ...EXTERNAL_SIZE }));
    const one = outsideFrameOf(column, []);
    const open = namespaceFit(OUTSIDE_GROUP_NAME, { width: 0, height: 0 }, true);
    expect(one?.width).toBeGreaterThanOrEqual(open.width);
  });
});

describe('a lone card outside the cluster', () => {
  it('has no frame: the three-tier example and a lesson with one IP block look as they did', () => {
    const nodes = [box('prod', 0, 0), card('external:backup server', 0, 300)];
    expect(withOutsideFrame(nodes)).toBe(nodes);
  });
});
