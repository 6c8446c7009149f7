import { describe, expect, it } from 'vitest';
import { labelOnLeader } from './labelLeader';
import { labelSizeOf } from './labelPlace';
import type { LabelRoom } from './labelPlace';
import { lineBoardOf, runsAlongside } from './lineBoard';
import { obstacleGridOf } from './obstacleGrid';
import { rectAround } from './rectGeometry';
import type { Point } from './rectGeometry';

// A long line (checkoutservice → emailservice, "TCP 8080") under a row of cards, with a line
// saying something else ("all ports") 4 px below it for its first `with` px.
const own = [
  { x: 0, y: 100 },
  { x: 600, y: 100 },
];
const cards = [{ x: 0, y: 20, width: 600, height: 70 }];
const size = labelSizeOf('TCP 8080');

function roomWith(other: readonly Point[]): LabelRoom {
  const board = lineBoardOf([
    { key: 'own', says: 'TCP 8080', points: own },
    { key: 'other', says: 'all ports', points: other },
  ]);
  const line = { key: 'own', says: 'TCP 8080' };
  return {
    grid: obstacleGridOf(cards),
    board: new Map(),
    design: { x: -100, y: -300, width: 800, height: 700 },
    alongside: (box, heading) => runsAlongside(board, box, line, heading),
  };
}

describe('a label on a leader, for a line with no spot on or beside it', () => {
  it('stands off its line where no other line runs near, its leader from the line', () => {
    // The other line runs with it to x 300, then leaves it upwards.
    const other = [
      { x: 0, y: 104 },
      { x: 300, y: 104 },
      { x: 300, y: -200 },
    ];
    const spot = labelOnLeader(own, size, roomWith(other));
    expect(spot).not.toBeNull();
    if (spot === null) return;
    const box = rectAround(spot.label, size.width, size.height);
    // Below the line (the cards are above), off it by more than a label beside it is (2 px).
    expect(box.y).toBeGreaterThan(100 + 2);
    // Past where the other line leaves: nearer its own line than any other.
    expect(box.x).toBeGreaterThan(300);
    // Its leader starts on its line, straight across to it.
    expect(spot.leader.y).toBe(100);
    expect(spot.leader.x).toBeCloseTo(spot.label.x);
  });

  it('has none where a line saying something else runs nearer every free spot', () => {
    const other = [
      { x: 0, y: 104 },
      { x: 600, y: 104 },
    ];
    expect(labelOnLeader(own, size, roomWith(other))).toBeNull();
  });

  it('lies on no line saying something else, even one crossing its own', () => {
    // Lines crossing below it at every 60 px leave no room between them for a 72 px label.
    const crossing = Array.from({ length: 11 }, (_, i) => [
      { x: i * 60, y: 0 },
      { x: i * 60, y: 400 },
    ]);
    const board = lineBoardOf([
      { key: 'own', says: 'TCP 8080', points: own },
      ...crossing.map((points, i) => ({ key: `c${String(i)}`, says: 'all ports', points })),
    ]);
    const room = {
      ...roomWith([]),
      alongside: (box: Parameters<typeof runsAlongside>[1], heading: Point | null) =>
        runsAlongside(board, box, { key: 'own', says: 'TCP 8080' }, heading),
    };
    expect(labelOnLeader(own, size, room)).toBeNull();
  });
});
