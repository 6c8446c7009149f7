import { describe, expect, it } from 'vitest';
import type { EdgeId, FlowGroup, NodeId, SummaryLine } from '../../store';
import { BOX_LINES_DRAWN, linesToDraw } from './summaryBudget';

const ns = (i: number) => `namespace:ns-${String(i)}` as NodeId;
const idOf = (source: NodeId, target: NodeId) => `${source}>${target}` as EdgeId;

function summary(from: number, to: number): SummaryLine {
  const [source, target] = [ns(from), ns(to)];
  const id = idOf(source, target);
  return {
    id,
    source,
    target,
    status: 'allowed',
    lines: [],
    connections: 2,
    blocked: 0,
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
    expect(linesToDraw(lines, collapsedOf(10), NOTHING)).toEqual({ ...lines, held: 0 });
  });
});

describe('lines at collapsed boxes past the budget', () => {
  const summaries = allPairs(40);
  // An IP block's line to a collapsed box, and a line between two open workloads.
  const toBox = drawn('ipBlock:10.0.0.0/8', ns(3));
  const open = drawn('workload:a/x', 'workload:b/y');
  const lines = { shown: [toBox, open], summaries };

  it('wait for a pick: none drawn, all counted; lines between open workloads stay', () => {
    expect(linesToDraw(lines, collapsedOf(40), NOTHING)).toEqual({
      shown: [open],
      summaries: [],
      held: summaries.length + 1,
    });
  });

  it('of the picked namespace are drawn, both ways, with the lines to its box', () => {
    const picked = linesToDraw(lines, collapsedOf(40), { node: ns(3), edge: null });
    expect(picked.summaries).toHaveLength(2 * 39);
    expect(picked.summaries.every((l) => l.source === ns(3) || l.target === ns(3))).toBe(true);
    expect(picked.shown).toEqual([toBox, open]);
    expect(picked.held).toBe(summaries.length - 78);
  });

  it('keeps a picked line drawn', () => {
    const line = summaries[5];
    if (line === undefined) throw new Error('no line');
    const picked = linesToDraw(lines, collapsedOf(40), { node: null, edge: line.id });
    expect(picked.summaries).toEqual([line]);
  });
});
