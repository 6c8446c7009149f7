import { describe, expect, it } from 'vitest';
import { LAYER_GAP } from '../layout/loneCards';
import { labelScaleOf } from '../zoomBand';
import { edgeRoutes } from './edgeRoutes';
import type { RouteEdge, RouteNode } from './edgeRoutes';
import { formSizeOf, labelFormsOf } from './labelForms';
import { labelKeep, labelSizeOf, labelSpot, stackedTextOf } from './labelPlace';
import type { LabelBoard } from './labelPlace';
import { obstacleGridOf } from './obstacleGrid';
import { rectAround, rectGrow, rectsOverlap } from './rectGeometry';

/** Two cards side by side, `gap` px apart: a on the left, b on the right. */
const sideBySide = (gap: number): RouteNode[] =>
  ['a', 'b'].map((id, i) => ({
    id,
    rect: { x: i * (236 + gap), y: 0, width: 236, height: 112 },
    card: true,
  }));

/** The line from a to b, saying `label`. */
const aToB = (label: string, more: Partial<RouteEdge> = {}): RouteEdge => ({
  id: 'a->b',
  source: 'a',
  target: 'b',
  offset: 0,
  label,
  ...more,
});

describe('a label in two lines', () => {
  it('breaks where the longer of its lines is shortest', () => {
    expect(stackedTextOf('TCP 50051')).toBe('TCP\n50051');
    expect(stackedTextOf('⊘ TCP 6379')).toBe('⊘ TCP\n6379');
    expect(stackedTextOf('TCP 8080, TCP 9090')).toBe('TCP 8080,\nTCP 9090');
    expect(stackedTextOf('all ports')).toBe('all\nports');
  });

  it('is no form of a text of one word', () => {
    expect(stackedTextOf('8080')).toBeNull();
  });

  it('is as wide as its longer line, a line taller', () => {
    expect(labelSizeOf('TCP\n50051').width).toBeGreaterThanOrEqual(labelSizeOf('50051').width);
    expect(labelSizeOf('TCP\n50051').width).toBeLessThan(labelSizeOf('TCP 50051').width);
    expect(labelSizeOf('TCP\n50051').height).toBeGreaterThan(labelSizeOf('TCP 50051').height);
  });

  it('is tried after the whole text and the shorter one', () => {
    expect(labelFormsOf({ label: 'TCP 80, TCP 443', shortLabel: 'TCP 80 and 1 more' })).toEqual([
      { text: 'TCP 80, TCP 443' },
      { text: 'TCP 80 and 1 more', short: true },
      { text: 'TCP 80,\nTCP 443', stacked: true },
      { text: 'TCP 80\nand 1 more', short: true, stacked: true },
    ]);
  });
});

describe('a short line between two cards in neighbouring columns', () => {
  // 72 px apart, as the layout put two columns before `LAYER_GAP` was widened (a design saved
  // then keeps it): "TCP 50051" on one line is as wide as the gap, and touched both cards: the
  // line had no label until the pointer was on it.
  const nodes = sideBySide(72);

  for (const [how, scale] of [
    ['at the desk', 1],
    ['presented', 15 / 11],
  ] as const) {
    it(`says its port in two lines, off both cards, ${how}`, () => {
      const edge = aToB('TCP 9090', { labelScale: scale });
      const route = edgeRoutes(nodes, [edge]).get('a->b');
      const spot = route?.label;
      if (spot == null) throw new Error('the label has a place');
      expect(route?.stacked).toBe(true);
      const size = labelSizeOf('TCP\n9090', scale);
      const box = rectAround(spot, size.width, size.height);
      for (const n of nodes) expect(rectsOverlap(rectGrow(box, 3), n.rect)).toBe(false);
    });
  }

  it('keeps one line where one fits', () => {
    const route = edgeRoutes(sideBySide(160), [aToB('TCP 9090')]).get('a->b');
    expect(route?.label).not.toBeNull();
    expect(route?.stacked).toBeUndefined();
  });

  it('has no label where even two lines touch a card: it shows under the pointer', () => {
    expect(edgeRoutes(sideBySide(40), [aToB('TCP 6379')]).get('a->b')?.label).toBeNull();
  });

  it('of the picked workload, says it in two lines off the cards before it goes over them', () => {
    const edge = aToB('TCP 50051', { picked: true });
    const route = edgeRoutes(nodes, [edge]).get('a->b');
    expect(route?.stacked).toBe(true);
    expect(route?.over).toBeUndefined();
  });
});

describe('zoomed out, a line between two columns as the layout spaces them', () => {
  // Labels are drawn 20 px there (Online Boutique fitted at 1280×720, 1920×1080 presented).
  const nodes = sideBySide(LAYER_GAP);

  for (const [label, stacked] of [
    ['TCP 50051', 'TCP\n50051'],
    ['all ports', 'all\nports'],
  ] as const) {
    it(`says "${label}" in two lines, off both cards`, () => {
      const scale = labelScaleOf('compact', false);
      const route = edgeRoutes(nodes, [aToB(label, { labelScale: scale })]).get('a->b');
      const spot = route?.label;
      if (spot == null) throw new Error('the label has a place');
      expect(route?.stacked).toBe(true);
      const size = labelSizeOf(stacked, scale);
      const box = rectAround(spot, size.width, size.height);
      for (const n of nodes) expect(rectsOverlap(rectGrow(box, 3), n.rect)).toBe(false);
    });
  }
});

describe('the picked line’s label', () => {
  // Another label's box, 5 px above a plain label on the line: clear of it by more than 4 px.
  const other = { x: 100, y: -35, width: 200, height: 20 };
  const along = [
    { x: 0, y: 0 },
    { x: 400, y: 0 },
  ];
  const spotWith = (halo: number | undefined) => {
    const board: LabelBoard = new Map();
    labelKeep(board, { x: 200, y: -25 }, other);
    const size = formSizeOf(
      { text: 'TCP 6379' },
      { label: 'TCP 6379', ...(halo === undefined ? {} : { halo }) },
    );
    return labelSpot(along, size, { grid: obstacleGridOf([]), board, design: null });
  };

  it('takes its halo’s room: no other label comes within it', () => {
    expect(spotWith(undefined)).toEqual({ x: 200, y: 0 });
    const spot = spotWith(6);
    if (spot === null) throw new Error('a spot further along');
    const { width } = labelSizeOf('TCP 6379');
    const clear =
      spot.x - width / 2 - 6 >= other.x + other.width || spot.x + width / 2 + 6 <= other.x;
    expect(clear).toBe(true);
  });
});
