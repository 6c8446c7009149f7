// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, selectFlowGroups, selectPathGroups } from '../../store';
import { manualFrames, paintFrame } from '../hooks/manualFrames.testkit';
import type { FlowEdge } from '../reactFlowTypes';
import { RouteContext } from '../routing/RouteContext';
import type { EdgeRoute } from '../routing/edgeRoutes';
import { createRouteStore } from '../routing/routeStore';
import { toFlowEdges } from '../toFlowEdges';
import { focusRestyles } from '../focusRules.testkit';
import { arrowMarkerId } from './arrowMarkers';
import { LineLayer, RUNS_PER_PART } from './LineLayer';

manualFrames();

/**
 * `count` plain lines of alternate statuses (each a run of its own), or all of `one`, from a
 * three-tier line.
 */
function plainLines(count: number, one?: 'allowed' | 'blocked'): FlowEdge[] {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/locked-down')?.doc;
  const state = createEditorStore(doc === undefined ? {} : { doc }).getState();
  const [line] = toFlowEdges({
    groups: selectFlowGroups(state),
    pathGroups: selectPathGroups(state),
    selectedNodeId: null,
    selectedEdgeId: null,
  });
  if (line?.data === undefined) throw new Error('the three-tier design draws no line');
  const { data } = line;
  return Array.from({ length: count }, (_, i) => {
    const status = one ?? (i % 2 === 0 ? 'allowed' : 'blocked');
    return {
      ...line,
      id: `line-${String(i)}`,
      markerEnd: arrowMarkerId(status, 18),
      data: { ...data, status },
    };
  });
}

const routeOf = (i: number) =>
  ({
    path: `M ${String(i)} 0 L ${String(i)} 100`,
    points: [
      { x: i, y: 0 },
      { x: i, y: 100 },
    ],
  }) as unknown as EdgeRoute;

/** React Flow's store, for the test to say the pane is dragged; its portal element is `portal`. */
let flow: { setState: (state: Partial<ReactFlowState>) => void } | null = null;
function FlowStore({ portal }: { portal: HTMLElement }) {
  const api = useStoreApi();
  useEffect(() => {
    flow = api;
    api.setState({ domNode: portal.parentElement as HTMLDivElement });
  }, [api, portal]);
  return null;
}

function drawLayer(lines: FlowEdge[], held: FlowEdge[], following = false) {
  const root = document.createElement('div');
  const portal = document.createElement('div');
  portal.className = 'react-flow__viewport-portal';
  root.append(portal);
  document.body.append(root);
  const routes = createRouteStore();
  routes.set(new Map(lines.map((l, i) => [l.id, routeOf(i)])));
  const ui = (held: FlowEdge[]) => (
    <ReactFlowProvider>
      <FlowStore portal={portal} />
      <RouteContext.Provider value={routes}>
        <LineLayer lines={lines} held={held} layered following={following} />
      </RouteContext.Provider>
    </ReactFlowProvider>
  );
  const view = render(ui(held));
  const figures = () => {
    const svg = portal.querySelector('[data-testid="lines.layer"]');
    return {
      lines: Number(svg?.getAttribute('data-lines') ?? 0),
      waiting: Number(svg?.getAttribute('data-waiting') ?? 0),
      paths: portal.querySelectorAll('path.nc-edge-path').length,
    };
  };
  /** The route worker answers: every line moves `by` to the right. */
  const reroute = (by: number) => {
    routes.set(new Map(lines.map((l, i) => [l.id, routeOf(i + by)])));
    routes.notify();
  };
  const firstPath = () => portal.querySelector('path.nc-edge-path')?.getAttribute('d');
  return {
    figures,
    layer: () => portal.querySelector('[data-testid="lines.layer"]'),
    hold: (next: FlowEdge[]) => {
      view.rerender(ui(next));
    },
    reroute,
    firstPath,
  };
}

/** One painted frame and the task after it. */
function paint() {
  act(() => {
    paintFrame();
    vi.runAllTimers();
  });
}

describe('when the routes of many lines new to the screen arrive (Expand all’s)', () => {
  const lines = plainLines(2 * RUNS_PER_PART + 50);

  it('draws their paths a part after each paint, saying how many wait', () => {
    const { figures } = drawLayer(lines, []);
    // The task that brings them draws none: the first part waits for a paint too.
    expect(figures()).toEqual({ lines: 0, waiting: lines.length, paths: 0 });
    paint();
    expect(figures()).toEqual({
      lines: RUNS_PER_PART,
      waiting: lines.length - RUNS_PER_PART,
      paths: RUNS_PER_PART,
    });
    paint();
    paint();
    expect(figures()).toEqual({ lines: lines.length, waiting: 0, paths: lines.length });
  });

  it('draws no new path while the pane is dragged, and goes on when the drag ends', () => {
    const { figures } = drawLayer(lines, []);
    paint();
    act(() => flow?.setState({ paneDragging: true }));
    paint();
    paint();
    expect(figures().lines).toBe(RUNS_PER_PART);
    act(() => flow?.setState({ paneDragging: false }));
    paint();
    paint();
    expect(figures()).toEqual({ lines: lines.length, waiting: 0, paths: lines.length });
  });
});

describe('when React Flow hands the layer lines it drew until now (a zoom out, a pick)', () => {
  it('draws them all at once, dragged or not', () => {
    const lines = plainLines(2 * RUNS_PER_PART + 50);
    const { figures, hold } = drawLayer(lines, [...lines]);
    expect(figures().paths).toBe(0);
    act(() => flow?.setState({ paneDragging: true }));
    hold([]);
    expect(figures()).toEqual({ lines: lines.length, waiting: 0, paths: lines.length });
  });
});

describe('when the route worker answers with new routes', () => {
  /** Updates outside `act`, so that the page's own scheduling shows. */
  const outsideAct = (on: boolean) => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = !on;
  };
  const nextTask = () => new Promise((resolve) => setImmediate(resolve));

  it('draws them in a task after the one that brought them, or in it while a card is dragged', async () => {
    const lines = plainLines(3);
    for (const following of [false, true]) {
      const { firstPath, reroute } = drawLayer(lines, [], following);
      expect(firstPath()).toBe('M 0 0 L 0 100');
      outsideAct(true);
      try {
        reroute(10);
        // The task's own microtasks: React's render of what it must draw at once.
        await Promise.resolve();
        await Promise.resolve();
        expect(firstPath()).toBe(following ? 'M 10 0 L 10 100' : 'M 0 0 L 0 100');
        await nextTask();
        await nextTask();
        expect(firstPath()).toBe('M 10 0 L 10 100');
      } finally {
        outsideAct(false);
      }
      cleanup();
    }
  });
});

describe('under a focus (the layer dimmed by its own opacity)', () => {
  it('holds no element that the focus restyles', () => {
    const { layer } = drawLayer(plainLines(40), []);
    paint();
    const classes = new Set(
      [...(layer()?.querySelectorAll('*') ?? [])].flatMap((el) => [...el.classList]),
    );
    expect(classes.has('nc-edge-path')).toBe(true);
    const rules = focusRestyles();
    expect(rules.map((r) => r.classes)).toContainEqual(['nc-line-layer']);
    expect(rules.filter((r) => r.classes.some((c) => classes.has(c)))).toEqual([]);
  });
});

describe('when a line leaves a run (React Flow takes a line a focus lights, an edit)', () => {
  /** `count` of a picked workload's faint blocked lines: one run, a path a line. */
  const faintLines = (count: number): FlowEdge[] =>
    plainLines(count, 'blocked').map((line) => {
      if (line.data === undefined) return line;
      return { ...line, data: { ...line.data, faded: true, quiet: true } };
    });
  const paths = (layer: Element | null) => [...(layer?.querySelectorAll('path') ?? [])];

  it('keeps the run’s group and the other lines’ paths, their first line gone', () => {
    const lines = faintLines(6);
    const { layer, hold } = drawLayer(lines, []);
    paint();
    const group = layer()?.querySelector('g.nc-edge.is-faded');
    const [, ...others] = paths(layer()).filter((p) => p.classList.contains('nc-edge-path'));
    expect(others).toHaveLength(5);
    const data = others.map((p) => p.getAttribute('d'));
    hold(lines.slice(0, 1));
    paint();
    expect(layer()?.querySelector('g.nc-edge.is-faded')).toBe(group);
    const left = paths(layer()).filter((p) => p.classList.contains('nc-edge-path'));
    expect(left).toEqual(others);
    expect(left.map((p) => p.getAttribute('d'))).toEqual(data);
  });

  it('keeps a plain run’s group, its path drawn without the line', () => {
    const lines = plainLines(5, 'allowed');
    const { layer, hold, figures } = drawLayer(lines, []);
    paint();
    const group = layer()?.querySelector('g.nc-edge');
    hold(lines.slice(0, 1));
    paint();
    expect(layer()?.querySelector('g.nc-edge')).toBe(group);
    expect(figures().lines).toBe(4);
  });
});
