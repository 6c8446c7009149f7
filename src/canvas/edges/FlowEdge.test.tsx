// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { Position, ReactFlowProvider } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowEdge as FlowEdgeType, FlowEdgeData } from '../reactFlowTypes';
import { RouteContext } from '../routing/RouteContext';
import { createRouteStore } from '../routing/routeStore';
import { bandRestyles } from '../focusRules.testkit';
import { FlowEdge } from './FlowEdge';
import type * as EdgeRouteModule from '../hooks/useEdgeRoute';

/** Each drawing of a line reads its route first: how many times a line was drawn. */
const drawings = vi.hoisted(() => ({ count: 0 }));
vi.mock('../hooks/useEdgeRoute', async (importOriginal) => {
  const real = await importOriginal<typeof EdgeRouteModule>();
  return {
    useEdgeRoute: (id: string) => {
      drawings.count += 1;
      return real.useEdgeRoute(id);
    },
  };
});

afterEach(() => {
  cleanup();
  drawings.count = 0;
});

const data: FlowEdgeData = {
  status: 'allowed',
  from: 'web',
  to: 'api',
  ports: 'TCP 8080',
  reason: 'allowed by allow-web',
  emphasis: false,
  path: false,
  changed: false,
};

/** The props React Flow hands a line whose ends' dots are at `x`. */
function propsAt(x: number, lineData: FlowEdgeData = data): EdgeProps<FlowEdgeType> {
  return {
    id: 'line-1',
    source: 'workload:prod/web',
    target: 'workload:prod/api',
    sourceX: x,
    sourceY: 10,
    targetX: x + 200,
    targetY: 10,
    sourcePosition: Position.Right,
    targetPosition: Position.Left,
    data: lineData,
    markerEnd: 'url(#nc-arrow-allowed)',
    selected: false,
  };
}

function drawn(props: EdgeProps<FlowEdgeType>) {
  const store = createRouteStore();
  store.set(
    new Map([
      [
        'line-1',
        {
          path: 'M0 10 H200',
          points: [],
          label: null,
          middle: { x: 100, y: 10 },
        },
      ],
    ]),
  );
  const page = (p: EdgeProps<FlowEdgeType>) => (
    <ReactFlowProvider>
      <RouteContext.Provider value={store}>
        <svg>
          <FlowEdge {...p} />
        </svg>
      </RouteContext.Provider>
    </ReactFlowProvider>
  );
  const view = render(page(props));
  return {
    view,
    redraw: (p: EdgeProps<FlowEdgeType>) => {
      view.rerender(page(p));
    },
  };
}

describe('a flow drawn by React Flow', () => {
  it('is not drawn again when only its ends dots move: its path is its route', () => {
    const { view, redraw } = drawn(propsAt(0));
    expect(drawings.count).toBe(1);
    redraw(propsAt(40));
    expect(drawings.count).toBe(1);
    expect(view.container.querySelector('.nc-flow-path')?.getAttribute('d')).toBe('M0 10 H200');
  });

  it('is drawn again when what it reads changes', () => {
    const { view, redraw } = drawn(propsAt(0));
    redraw(propsAt(0, { ...data, status: 'blocked' }));
    expect(drawings.count).toBe(2);
    expect(view.container.querySelector('.nc-edge')?.classList.contains('is-blocked')).toBe(true);
    redraw({ ...propsAt(0, { ...data, status: 'blocked' }), markerEnd: 'url(#nc-arrow-blocked)' });
    expect(drawings.count).toBe(3);
    expect(view.container.querySelector('.nc-flow-path')?.getAttribute('marker-end')).toBe(
      'url(#nc-arrow-blocked)',
    );
  });
});

describe('a change of zoom band', () => {
  /** The classes of a line's path, drawn with `lineData`. */
  const pathClasses = (lineData: FlowEdgeData) => {
    const { view } = drawn(propsAt(0, lineData));
    const path = view.container.querySelector('.nc-flow-path');
    return [...(path?.classList ?? [])];
  };
  const restyled = (classes: readonly string[]) =>
    bandRestyles().filter((rule) => rule.classes.some((c) => classes.includes(c)));

  it('restyles no path of a solid line: the band changes nothing it draws', () => {
    expect(pathClasses(data)).toContain('nc-edge-path');
    expect(restyled(pathClasses(data))).toEqual([]);
  });

  it('restyles the paths whose dashes the band scales', () => {
    for (const dashed of [
      { ...data, status: 'blocked' as const },
      { ...data, status: 'partial' as const },
      { ...data, path: true },
      { ...data, compare: 'blocked' as const },
    ]) {
      expect(restyled(pathClasses(dashed))).not.toEqual([]);
    }
  });
});
