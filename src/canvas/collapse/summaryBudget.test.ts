import { describe, expect, it } from 'vitest';
import type { EdgeId, FlowGroup, NodeId, SummaryLine } from '../../store';
import { BOX_LINES_DRAWN, BUSIEST_DRAWN, busiestOf, linesToDraw } from './summaryBudget';

const ns = (i: number) => `namespace:ns-${String(i)}` as NodeId;
const idOf = (source: NodeId, target: NodeId) => `${source}>${target}` as EdgeId;

function summary(from: number, to: number, connections = 2, blocked = 0): SummaryLine {
  const [source, target] = [ns(from), ns(to)];
  const id = idOf(source, target);
  return {
    id,
    source,
    target,
    status: 'allowed',
    lines: [],
    connections,
    blocked,
    partial: 0,
  };
}

/** A line drawn as it is, between two nodes. */
function drawn(source: string, target: string): FlowGroup {
  return { id: idOf(source as NodeId, target as NodeId), source, target } as unknown as FlowGroup;
}

/** Summary lines between every ordered pair of `n` collapsed namespaces. */
function allPairs(n: number): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) lines.push(summary(a, b));
  return lines;
}

const collapsedOf = (n: number) => new Set(Array.from({ length: n }, (_, i) => `ns-${String(i)}`));
const NOTHING = { node: null, edge: null };

describe('lines at collapsed boxes within the budget', () => {
  it('are all drawn, picked or not', () => {
    const summaries = allPairs(10);
    expect(summaries.length).toBeLessThanOrEqual(BOX_LINES_DRAWN);
    const lines = { shown: [], summaries };
    expect(linesToDraw(lines, collapsedOf(10), NOTHING)).toEqual({
      ...lines,
      held: 0,
      busiest: null,
    });
  });
});

describe('lines at collapsed boxes past the budget', () => {
  const summaries = allPairs(40);
  // An IP block's line to a collapsed box, and a line between two open workloads.
  const toBox = drawn('ipBlock:10.0.0.0/8', ns(3));
  const open = drawn('workload:a/x', 'workload:b/y');
  const lines = { shown: [toBox, open], summaries };

  it('draw the busiest while nothing is picked, and count the others', () => {
    // Every pair has 2 connections: the busiest tier alone is past the cap, its first are drawn.
    const drawn = linesToDraw(lines, collapsedOf(40), NOTHING);
    expect(drawn.summaries).toHaveLength(BUSIEST_DRAWN);
    expect(drawn.shown).toEqual([open]);
    expect(drawn.held).toBe(summaries.length + 1 - BUSIEST_DRAWN);
    expect(drawn.busiest).toEqual({ drawn: BUSIEST_DRAWN, of: summaries.length + 1, least: 2 });
  });

  it('draw whole tiers of connections: the busiest first, never half of a tier', () => {
    // 1,560 pairs of 2 connections, 10 of 9, 40 of 5 and 30 of 4: 50 fit the cap, 80 do not.
    const busy = summaries.map((l, i) =>
      i < 10
        ? { ...l, connections: 9 }
        : i < 50
          ? { ...l, connections: 5 }
          : i < 80
            ? { ...l, connections: 4 }
            : l,
    );
    const drawn = linesToDraw({ shown: [toBox, open], summaries: busy }, collapsedOf(40), NOTHING);
    expect(drawn.summaries).toEqual(busy.slice(0, 50));
    expect(drawn.busiest).toEqual({ drawn: 50, of: busy.length + 1, least: 5 });
  });

  it('of the picked namespace are drawn, both ways, with the lines to its box', () => {
    const picked = linesToDraw(lines, collapsedOf(40), { node: ns(3), edge: null });
    expect(picked.summaries).toHaveLength(2 * 39);
    expect(picked.summaries.every((l) => l.source === ns(3) || l.target === ns(3))).toBe(true);
    expect(picked.shown).toEqual([toBox, open]);
    expect(picked.held).toBe(summaries.length - 78);
    expect(picked.busiest).toBeNull();
  });

  it('keeps a picked line drawn', () => {
    const line = summaries[5];
    if (line === undefined) throw new Error('no line');
    const picked = linesToDraw(lines, collapsedOf(40), { node: null, edge: line.id });
    expect(picked.summaries).toEqual([line]);
  });
});

describe('the busiest lines', () => {
  const line = (id: string, connections: number, blocked = 0) => ({ id, connections, blocked });

  it('come most connections first, then most blocked, then by id', () => {
    const lines = [line('a', 1), line('b', 3), line('c', 3, 2), line('d', 2)];
    expect(busiestOf(lines, 10).map((l) => l.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('stop before a tier the cap would cut', () => {
    const lines = [line('a', 5), line('b', 4), line('c', 4), line('d', 1)];
    expect(busiestOf(lines, 2).map((l) => l.id)).toEqual(['a']);
    expect(busiestOf(lines, 3).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('of one tier past the cap are its first, most blocked first', () => {
    const lines = [line('a', 2), line('b', 2, 1), line('c', 2)];
    expect(busiestOf(lines, 2).map((l) => l.id)).toEqual(['b', 'a']);
  });
});
