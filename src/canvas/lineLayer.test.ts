import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, neighbourhoodOf, selectFlowGroups } from '../store';
import { arrowMarkerId } from './edges/arrowMarkers';
import { FAR_CARDS_FROM } from './farCards';
import {
  ARROW_UNIT,
  arrowHeadOf,
  drawsLinesInLayer,
  isPlainLine,
  layerRunsOf,
  linesForFlow,
} from './lineLayer';
import type { LayerRoute } from './lineLayer';
import type { FlowEdge } from './reactFlowTypes';
import { toFlowEdges } from './toFlowEdges';

const cards = (n: number) => Array.from({ length: n }, () => ({ type: 'workload' }));

describe('whether the canvas draws the plain lines itself', () => {
  it('does on a design with far cards, zoomed out to names', () => {
    expect(
      drawsLinesInLayer({ nodes: cards(FAR_CARDS_FROM), band: 'names', picturing: false }),
    ).toBe(true);
  });

  it('does not where labels read, on a smaller design, or while a picture is made', () => {
    const large = cards(FAR_CARDS_FROM);
    expect(drawsLinesInLayer({ nodes: large, band: 'compact', picturing: false })).toBe(false);
    expect(drawsLinesInLayer({ nodes: large, band: 'names', picturing: true })).toBe(false);
    const small = cards(FAR_CARDS_FROM - 1);
    expect(drawsLinesInLayer({ nodes: small, band: 'names', picturing: false })).toBe(false);
  });
});

/** The three-tier design's lines as the canvas builds them, with `picked` selected. */
function linesOf(picked: { node?: string; edge?: string } = {}): FlowEdge[] {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/locked-down')?.doc;
  if (doc === undefined) throw new Error('no locked-down three-tier scenario');
  return toFlowEdges({
    groups: selectFlowGroups(createEditorStore({ doc }).getState()),
    selectedNodeId: picked.node ?? null,
    selectedEdgeId: picked.edge ?? null,
  });
}

describe('which lines are plain (drawn in the layer when zoomed out)', () => {
  it('a rule’s line that nobody picked', () => {
    const lines = linesOf();
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every(isPlainLine)).toBe(true);
  });

  it('not the picked line, nor those of the picked workload', () => {
    const picked = linesOf({ node: 'workload:prod/api' });
    const own = picked.filter(
      (l) => l.source === 'workload:prod/api' || l.target === 'workload:prod/api',
    );
    expect(own.length).toBeGreaterThan(0);
    expect(own.some(isPlainLine)).toBe(false);
    expect(picked.filter((l) => !own.includes(l)).every(isPlainLine)).toBe(true);
    const [first] = linesOf();
    if (first === undefined) throw new Error('no line');
    const line = linesOf({ edge: first.id }).find((l) => l.id === first.id);
    expect(line && isPlainLine(line)).toBe(false);
  });

  it('not a flipped, a compared or a faded one', () => {
    const [line] = linesOf();
    if (line?.data === undefined) throw new Error('no line');
    expect(isPlainLine({ ...line, data: { ...line.data, changed: true } })).toBe(false);
    expect(isPlainLine({ ...line, data: { ...line.data, compare: 'allowed' } })).toBe(false);
    expect(isPlainLine({ ...line, data: { ...line.data, faded: true } })).toBe(false);
  });
});

describe('the lines React Flow holds', () => {
  const lines = linesOf({ node: 'workload:prod/api' });

  it('are all of them while the layer is off (the same array)', () => {
    expect(linesForFlow(lines, false, null)).toBe(lines);
  });

  it('are those that stand out while it is on, and the focused neighbourhood’s', () => {
    expect(linesForFlow(lines, true, null)).toEqual(lines.filter((l) => !isPlainLine(l)));
    const hood = neighbourhoodOf(lines, 'workload:prod/db');
    const held = linesForFlow(lines, true, hood);
    for (const l of lines) {
      expect(held.includes(l)).toBe(!isPlainLine(l) || hood.edges.has(l.id));
    }
  });
});

describe('the layer’s paths', () => {
  const route = (x: number): LayerRoute => ({
    path: `M ${String(x)} 0 L ${String(x)} 100`,
    points: [
      { x, y: 0 },
      { x, y: 100 },
    ],
  });
  const lines = linesOf();
  const [a, b, c] = lines as [FlowEdge, FlowEdge, FlowEdge];
  const blocked = (l: FlowEdge): FlowEdge =>
    l.data === undefined
      ? l
      : {
          ...l,
          markerEnd: arrowMarkerId('blocked', 18),
          data: { ...l.data, status: 'blocked' },
        };
  const routes = new Map([
    [a.id, route(1)],
    [b.id, route(2)],
    [c.id, route(3)],
  ]);

  it('keep the lines’ order in runs of one status, each line with its arrowhead', () => {
    const runs = layerRunsOf([a, blocked(b), c], new Set(), (id) => routes.get(id));
    expect(runs.map((r) => r.status)).toEqual(['allowed', 'blocked', 'allowed']);
    expect(runs[0]?.lines).toBe('M 1 0 L 1 100');
    expect(runs[0]?.arrows).toBe(arrowHeadOf(route(1).points));
  });

  it('are each named by their first line, so a run a change elsewhere left alone keeps its path', () => {
    const before = layerRunsOf([a, blocked(b), c], new Set(), (id) => routes.get(id));
    // The first line goes (its policy deleted): the runs after it are the same runs.
    const after = layerRunsOf([blocked(b), c], new Set(), (id) => routes.get(id));
    expect(before.map((r) => r.id)).toEqual([a.id, b.id, c.id]);
    expect(after).toEqual(before.slice(1));
  });

  it('leave out what React Flow holds, what has no route yet, and what stands out', () => {
    const picked = linesOf({ edge: c.id }).find((l) => l.id === c.id) as FlowEdge;
    const runs = layerRunsOf([a, b, picked], new Set([a.id]), (id) =>
      id === b.id ? undefined : routes.get(id),
    );
    expect(runs).toEqual([]);
  });

  it('end a line with the rule’s arrowhead: its tip at the line’s end, turned along it', () => {
    // Downwards to (0, 100): the triangle's back 5 units above, 4 to each side.
    const u = ARROW_UNIT;
    const f = (v: number) => v.toFixed(1);
    expect(arrowHeadOf(route(0).points)).toBe(
      `M ${f(4 * u)} ${f(100 - 5 * u)} L 0.0 100.0 L ${f(-4 * u)} ${f(100 - 5 * u)} Z`,
    );
  });
});
