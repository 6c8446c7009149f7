import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { drawThreeTier } from '../../engine/__fixtures__/drawnThreeTier';
import { generateCluster } from '../../engine/__fixtures__/generate';
import type { Doc } from '../../model';
import { collapseLines, collapsedOnOpen, deriveLines } from '../../store';
import { collapseNodes } from '../collapse/collapseNodes';
import { linesToDraw } from '../collapse/summaryBudget';
import { summaryEdges } from '../collapse/summaryEdges';
import { toFlowEdges } from '../toFlowEdges';
import { toFlowNodes } from '../toFlowNodes';
import { virtualEndsOf } from '../../store';
import { routeInputOf } from './routeInput';
import { IN_PLACE_WORK, routesInPlace } from './routeInPlace';

/** What the canvas routes when `doc` opens (namespaces collapsed as on opening). */
function routedOnOpen(doc: Doc) {
  const { groups, isolation } = deriveLines(doc, createEvaluator().compile(doc));
  const collapsed = new Set(collapsedOnOpen(doc));
  const lines = collapseLines(groups, collapsed);
  const nodes = toFlowNodes({
    doc,
    positions: {},
    isolation,
    highlighted: new Set(),
    selectedId: null,
    virtualEnds: virtualEndsOf(groups),
    collapsed,
  });
  const drawn = linesToDraw(lines, collapsed, { node: null, edge: null });
  const edges = [
    ...toFlowEdges({ groups: drawn.shown, selectedNodeId: null, selectedEdgeId: null }),
    ...summaryEdges(drawn.summaries, null),
  ];
  return routeInputOf(collapseNodes(nodes, doc, collapsed, lines.inside), edges);
}

describe('where the lines are routed', () => {
  it('in the worker for the collapsed overview of 200 workloads', () => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
    const input = routedOnOpen(doc);
    expect(input.edges.length).toBeGreaterThan(40);
    expect(routesInPlace(input.edges.length, input.nodes.length)).toBe(false);
  });

  it("in the worker for a 20-workload design, a dragged card's lines following it straight", () => {
    const doc = generateCluster({ pods: 20, policies: 10, namespaces: 3, seed: 1 });
    const input = routedOnOpen({ ...doc });
    expect(input.edges.length * input.nodes.length).toBeGreaterThan(IN_PLACE_WORK);
    expect(routesInPlace(input.edges.length, input.nodes.length)).toBe(false);
  });

  it('in place for a small design, so its lines draw with their routes at once', () => {
    const input = routedOnOpen(drawThreeTier());
    expect(input.edges.length).toBeGreaterThan(0);
    expect(routesInPlace(input.edges.length, input.nodes.length)).toBe(true);
  });
});
