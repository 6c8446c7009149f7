import { describe, expect, it } from 'vitest';
import { endsBoardOf, labelAtEnd, labelKeep, labelSizeOf } from './labelPlace';
import type { LabelBoard } from './labelPlace';
import { obstacleGridOf } from './obstacleGrid';
import { rectAround, rectsOverlap } from './rectGeometry';

// A line enters the left side of a card at `end`; to its left, across a 112 px gap between two
// columns, the card it came from, lower down (Online Boutique's frontend → adservice).
const target = { x: 400, y: 0, width: 236, height: 112 };
const source = { x: 52, y: 100, width: 236, height: 112 };
const end = { x: 400, y: 90 };
const size = labelSizeOf('TCP 9555', 20 / 11);
const design = { x: -200, y: -200, width: 1200, height: 600 };
const roomWith = (board: LabelBoard = new Map()) => ({
  grid: obstacleGridOf([target, source]),
  board,
  design,
});

describe('a label beside the end where its line enters its card', () => {
  it('stands against the card’s side, next to the arrowhead, on no card', () => {
    const spot = labelAtEnd(end, target, size, roomWith(), endsBoardOf([end]));
    expect(spot).not.toBeNull();
    const box = rectAround(spot ?? end, size.width, size.height);
    // Its right edge a few pixels off the side; above the arrowhead, clear of it.
    expect(target.x - (box.x + box.width)).toBeGreaterThan(0);
    expect(target.x - (box.x + box.width)).toBeLessThanOrEqual(6);
    expect(box.y + box.height).toBeLessThan(end.y);
    expect(rectsOverlap(box, target) || rectsOverlap(box, source)).toBe(false);
  });

  it('goes under the arrowhead when a label is above it', () => {
    const board: LabelBoard = new Map();
    labelKeep(board, { x: 330, y: 60 }, size);
    const room = { grid: obstacleGridOf([target]), board, design };
    const spot = labelAtEnd(end, target, size, room, endsBoardOf([end]));
    expect(spot?.y).toBeGreaterThan(end.y);
  });

  it('with a label above and the card it came from below, has none: never farther away', () => {
    const board: LabelBoard = new Map();
    labelKeep(board, { x: 330, y: 60 }, size);
    expect(labelAtEnd(end, target, size, roomWith(board), endsBoardOf([end]))).toBeNull();
  });

  it('keeps off a line saying something else that runs through its place', () => {
    // Another line runs past the arrowhead, across both places a label could take.
    const crossing = (box: { y: number; height: number }) => box.y < 140 && box.y + box.height > 40;
    const room = { ...roomWith(), alongside: crossing };
    expect(labelAtEnd(end, target, size, room, endsBoardOf([end]))).toBeNull();
    // Running only above the arrowhead (at y 60), it leaves the place below.
    const above = (box: { y: number; height: number }) => box.y < 60 && box.y + box.height > 60;
    const open = { grid: obstacleGridOf([target]), board: new Map(), design, alongside: above };
    expect(labelAtEnd(end, target, size, open, endsBoardOf([end]))?.y).toBeGreaterThan(end.y);
  });

  it('keeps off the end of another line, whose label it would be taken for', () => {
    const other = { x: 400, y: 60 };
    expect(labelAtEnd(end, target, size, roomWith(), endsBoardOf([end, other]))).toBeNull();
  });
});
