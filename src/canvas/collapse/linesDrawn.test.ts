import { describe, expect, it } from 'vitest';
import type { CollapsedLines, EdgeId, NodeId, SummaryLine } from '../../store';
import { linesDrawnOf } from './linesDrawn';
import { BOX_LINES_DRAWN, linesToDraw } from './summaryBudget';

const ns = (i: number) => `namespace:ns-${String(i)}` as NodeId;

function summary(from: number, to: number): SummaryLine {
  const [source, target] = [ns(from), ns(to)];
  return {
    id: `${source}>${target}` as EdgeId,
    source,
    target,
    status: 'allowed',
    lines: [],
    connections: 2,
    blocked: 0,
    partial: 0,
  };
}

/** Summary lines between every ordered pair of 30 collapsed namespaces: past the budget. */
function linesOf(): CollapsedLines {
  const summaries: SummaryLine[] = [];
  for (let a = 0; a < 30; a++)
    for (let b = 0; b < 30; b++) if (a !== b) summaries.push(summary(a, b));
  return { shown: [], summaries, inside: new Map() };
}

const collapsed = Array.from({ length: 30 }, (_, i) => `ns-${String(i)}`);
const NOTHING = { node: null, edge: null };

describe('the lines drawn at collapsed boxes, shared by the canvas and its note', () => {
  it('are the same answer for the same lines, namespaces and pick', () => {
    const lines = linesOf();
    const first = linesDrawnOf(lines, collapsed, NOTHING);
    expect(lines.summaries.length).toBeGreaterThan(BOX_LINES_DRAWN);
    expect(first).toEqual(linesToDraw(lines, new Set(collapsed), NOTHING));
    expect(linesDrawnOf(lines, collapsed, { node: null, edge: null })).toBe(first);
  });

  it('keep the answers of the last two picks (the note follows a pick a frame before the lines)', () => {
    const lines = linesOf();
    const none = linesDrawnOf(lines, collapsed, NOTHING);
    const picked = linesDrawnOf(lines, collapsed, { node: ns(3), edge: null });
    expect(picked.summaries).toHaveLength(2 * 29);
    expect(picked.held).toBe(lines.summaries.length - 2 * 29);
    expect(linesDrawnOf(lines, collapsed, NOTHING)).toBe(none);
    expect(linesDrawnOf(lines, collapsed, { node: ns(3), edge: null })).toBe(picked);
  });

  it('are worked out again for other lines or another set of collapsed namespaces', () => {
    const lines = linesOf();
    const first = linesDrawnOf(lines, collapsed, NOTHING);
    const fewer = collapsed.slice(0, 29);
    const again = linesDrawnOf(lines, fewer, NOTHING);
    expect(again).not.toBe(first);
    expect(again).toEqual(linesToDraw(lines, new Set(fewer), NOTHING));
    expect(linesDrawnOf(linesOf(), collapsed, NOTHING)).not.toBe(first);
  });
});
