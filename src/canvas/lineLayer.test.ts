import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, neighbourhoodOf, selectFlowGroups, selectPathGroups } from '../store';
import { arrowMarkerId } from './edges/arrowMarkers';
import { drawsFarCardsEmpty } from './farCards';
import {
  ARROW_UNIT,
  FAINT_ARROW_UNIT,
  arrowHeadOf,
  LINE_LAYER_FROM,
  drawsLinesInLayer,
  isFaintLine,
  isPlainLine,
  layerLineCount,
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
      drawsLinesInLayer({ nodes: cards(LINE_LAYER_FROM), band: 'names', picturing: false }),
    ).toBe(true);
  });

  it('does not where labels read, on a smaller design, or while a picture is made', () => {
    const large = cards(LINE_LAYER_FROM);
    expect(drawsLinesInLayer({ nodes: large, band: 'compact', picturing: false })).toBe(false);
    expect(drawsLinesInLayer({ nodes: large, band: 'names', picturing: true })).toBe(false);
    const small = cards(LINE_LAYER_FROM - 1);
    expect(drawsLinesInLayer({ nodes: small, band: 'names', picturing: false })).toBe(false);
  });

  it('leaves the lines to React Flow on a design whose far cards are drawn empty, under 300 cards', () => {
    const mid = cards(200);
    expect(drawsFarCardsEmpty(mid)).toBe(true);
    expect(drawsLinesInLayer({ nodes: mid, band: 'names', picturing: false })).toBe(false);
  });
});

/**
 * The three-tier design's lines as the canvas builds them, with `picked` selected (a picked
 * workload's paths drawn too, as the canvas does).
 */
function linesOf(picked: { node?: string; edge?: string } = {}): FlowEdge[] {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/locked-down')?.doc;
  if (doc === undefined) throw new Error('no locked-down three-tier scenario');
  const store = createEditorStore({ doc });
  if (picked.node !== undefined) store.getState().select({ kind: 'node', id: picked.node });
  const state = store.getState();
  return toFlowEdges({
    groups: selectFlowGroups(state),
    pathGroups: selectPathGroups(state),
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

describe('a picked workload’s blocked lines (drawn faint, behind its allowed ones)', () => {
  const API = 'workload:prod/api';
  const lines = linesOf({ node: API });
  const faint = lines.filter(isFaintLine);

  it('are faint: blocked, its own, not plain', () => {
    expect(faint.length).toBeGreaterThan(0);
    for (const l of faint) {
      expect(l.data?.status).toBe('blocked');
      expect(l.source === API || l.target === API).toBe(true);
      expect(isPlainLine(l)).toBe(false);
    }
    // Its allowed lines stand out, strong.
    const allowed = lines.filter((l) => l.data?.status === 'allowed' && l.target === API);
    expect(allowed.length).toBeGreaterThan(0);
    expect(allowed.some(isFaintLine)).toBe(false);
  });

  it('not the picked one, nor anyone’s while nobody is picked', () => {
    const [line] = faint;
    if (line === undefined) throw new Error('no faint line');
    const picked = linesOf({ node: API, edge: line.id }).find((l) => l.id === line.id);
    expect(picked && isFaintLine(picked)).toBe(false);
    expect(linesOf().some(isFaintLine)).toBe(false);
  });
});

describe('the lines React Flow holds', () => {
  const lines = linesOf({ node: 'workload:prod/api' });
  const inLayer = (l: FlowEdge) => isPlainLine(l) || isFaintLine(l);

  it('are all of them while the layer is off (the same array)', () => {
    expect(linesForFlow(lines, false, null)).toBe(lines);
  });

  it('are those that stand out while it is on, and the focused neighbourhood’s', () => {
    const held = linesForFlow(lines, true, null);
    expect(held).toEqual(lines.filter((l) => !inLayer(l)));
    // The picked workload's faint lines too are the layer's (a pick hands React Flow a few lines).
    expect(held.some(isFaintLine)).toBe(false);
    expect(held.length).toBeGreaterThan(0);
    const hood = neighbourhoodOf(lines, 'workload:prod/db');
    const lit = linesForFlow(lines, true, hood);
    for (const l of lines) {
      expect(lit.includes(l)).toBe(!inLayer(l) || hood.edges.has(l.id));
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
    expect(runs[0]?.lines).toEqual(['M 1 0 L 1 100']);
    expect(runs[0]?.arrows).toEqual([arrowHeadOf(route(1).points)]);
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
    // The line without its route yet is one the layer will draw; the others are not.
    expect(layerLineCount([a, b, picked], new Set([a.id]))).toBe(1);
  });

  it('name the lines each draws, in their order', () => {
    const runs = layerRunsOf([a, c, blocked(b)], new Set(), (id) => routes.get(id));
    expect(runs.map((r) => r.ids)).toEqual([[a.id, c.id], [b.id]]);
  });

  it('draw a picked workload’s faint lines in runs of their own, with a path’s arrowhead', () => {
    const faint = linesOf({ node: 'workload:prod/api' }).find(isFaintLine);
    const [p, q] = [a, c];
    if (faint === undefined) throw new Error('no faint line');
    const at = new Map([
      [p.id, route(1)],
      [faint.id, route(2)],
      [q.id, route(3)],
    ]);
    const runs = layerRunsOf([p, faint, q], new Set(), (id) => at.get(id));
    expect(runs.map((r) => [r.status, r.faint])).toEqual([
      [p.data?.status, false],
      ['blocked', true],
      [q.data?.status, false],
    ]);
    expect(runs[1]?.lines).toEqual(['M 2 0 L 2 100']);
    expect(runs[1]?.arrows).toEqual([arrowHeadOf(route(2).points, FAINT_ARROW_UNIT)]);
    expect(runs[1]?.arrows).not.toEqual([arrowHeadOf(route(2).points)]);
    // Faint lines one path each (their overlaps add up, as React Flow's did); plain ones as one.
    const two = layerRunsOf([faint, faint, p, q], new Set(), (id) => at.get(id));
    expect(two.map((r) => r.lines)).toEqual([
      ['M 2 0 L 2 100', 'M 2 0 L 2 100'],
      ['M 1 0 L 1 100 M 3 0 L 3 100'],
    ]);
    expect(two.map((r) => r.arrows.length)).toEqual([2, 1]);
    // Zoomed in, while React Flow takes the lines back, the layer bridges the plain ones only.
    const bridging = layerRunsOf([p, faint, q], new Set(), (id) => at.get(id), false);
    expect(bridging.map((r) => r.faint)).toEqual([false]);
    expect(bridging[0]?.lines).toEqual(['M 1 0 L 1 100 M 3 0 L 3 100']);
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
