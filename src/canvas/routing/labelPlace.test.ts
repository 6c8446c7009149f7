import { describe, expect, it } from 'vitest';
import { labelOverCards, labelSizeOf, labelSpot, nameBandOf } from './labelPlace';
import { obstacleGridOf } from './obstacleGrid';
import type { Rect } from '../edges/edgeGeometry';
import { rectAround } from './rectGeometry';

describe('a label set beside its line', () => {
  // A line down the design's left edge, and another alongside it at `x`: a label's box is
  // taken where it reaches across that other line.
  const line = [
    { x: 0, y: 0 },
    { x: 0, y: 600 },
  ];
  const design = { x: 0, y: 0, width: 400, height: 600 };
  const size = labelSizeOf('TCP 7000');
  const alongsideAt = (x: number) => (box: Rect) => box.x < x && x < box.x + box.width;

  it('is never set out of the design, where a fitted view cuts it', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
      // 20 px in: under a label on the line and beside it within the design, clear of the other side.
      alongside: alongsideAt(20),
    });
    if (spot !== null)
      expect(rectAround(spot, size.width, size.height).x).toBeGreaterThanOrEqual(0);
  });

  it('takes the side within the design when it is free', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
      alongside: alongsideAt(-6),
    });
    expect(spot?.x).toBeGreaterThan(size.width / 2);
  });
});

describe('a label on a line that runs along the design’s edge', () => {
  // As Online Boutique's lines to Anywhere, presented: lanes up the left of the namespace box,
  // the design's edge, where a label on the line is half out of the design.
  const line = [
    { x: 0, y: 0 },
    { x: 0, y: 400 },
  ];
  const design = { x: 0, y: 0, width: 600, height: 400 };
  const size = labelSizeOf('all ports', 15 / 11);

  it('has no place rather than one half out of the design: it shows on hover', () => {
    const spot = labelSpot(line, size, {
      grid: obstacleGridOf([]),
      board: new Map(),
      design,
    });
    expect(spot).toBeNull();
  });

  it('sits whole within the design where its line runs into it', () => {
    const inward = [
      { x: 0, y: 0 },
      { x: 300, y: 400 },
    ];
    const within = labelSpot(inward, size, { grid: obstacleGridOf([]), board: new Map(), design });
    if (within === null) throw new Error('a label has room');
    const box = rectAround(within, size.width, size.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });
});

describe('the label of a picked workload’s line between two cards side by side', () => {
  // As cartservice → redis-cart in Online Boutique: a line 40 px long from one card's side to
  // the next card's.
  const line = [
    { x: 100, y: 50 },
    { x: 140, y: 50 },
  ];
  const cards = obstacleGridOf([
    { x: 0, y: 0, width: 100, height: 100 },
    { x: 140, y: 0, width: 100, height: 100 },
  ]);
  const size = labelSizeOf('TCP 6379');
  const room = () => ({ grid: cards, board: new Map(), design: null });

  it('has no spot off the cards', () => {
    expect(labelSpot(line, size, room())).toBeNull();
  });

  it('lies over them, in the middle of its line, and keeps later labels off it', () => {
    const shared = room();
    expect(labelOverCards(line, size, shared)).toEqual({ x: 120, y: 50 });
    expect(labelOverCards(line, size, shared)).toBeNull();
  });

  it('keeps off a card’s name where it can, covering the other card’s lower part instead', () => {
    // The right card stands lower: the line runs along its name band, the left card's lower half.
    const lower = obstacleGridOf([
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 140, y: 40, width: 100, height: 100 },
    ]);
    const spot = labelOverCards(line, size, { grid: lower, board: new Map(), design: null });
    if (spot === null) throw new Error('no spot');
    const box = rectAround(spot, size.width, size.height);
    // Clear of the right card (its name at its top), so nearer the left card than the middle.
    expect(box.x + box.width).toBeLessThanOrEqual(140);
    expect(spot.x).toBeLessThan(120);
  });

  it('has none where every spot covers a card’s name', () => {
    // The line runs along both cards' top rows, where their names are.
    const high = [
      { x: 100, y: 20 },
      { x: 140, y: 20 },
    ];
    expect(labelOverCards(high, size, room())).toBeNull();
  });

  it('keeps off a name of two lines, which reaches lower down its card', () => {
    // app-checkoutservice: "service" on a second line, down to the label's height.
    const names = [nameBandOf('redis-cart', 100), nameBandOf('app-checkoutservice', 100)];
    expect(names[1]).toBeGreaterThan(names[0] ?? 0);
    const lower = [
      { x: 100, y: 58 },
      { x: 140, y: 58 },
    ];
    expect(labelOverCards(lower, size, { ...room(), names: [40, 40] })).toEqual({ x: 120, y: 58 });
    const spot = labelOverCards(lower, size, { ...room(), names });
    if (spot === null) throw new Error('a spot over the card of one line');
    expect(rectAround(spot, size.width, size.height).x + size.width).toBeLessThanOrEqual(140);
  });

  it('reads a name’s lines off its width, not its count of characters', () => {
    // Online Boutique's inferred cards zoomed out: "checkoutservice" (15 characters) and
    // "paymentservice" (14) wrap ("checkout / service"); "loadgenerator" (13) holds one line.
    const band = (name: string) => nameBandOf(name, 100);
    expect(band('checkoutservice')).toBe(band('app-checkoutservice'));
    expect(band('paymentservice')).toBe(band('app-checkoutservice'));
    expect(band('loadgenerator')).toBe(band('redis-cart'));
  });

  it('stays within the design, where a fitted view would cut it', () => {
    const design = { x: 0, y: 0, width: 240, height: 100 };
    const spot = labelOverCards(line, size, { grid: cards, board: new Map(), design });
    if (spot === null) throw new Error('no spot');
    const box = rectAround(spot, size.width, size.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(240);
  });
});
