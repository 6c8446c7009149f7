import { ViewportLayer } from './ViewportLayer';
import { useContext, useMemo, useSyncExternalStore } from 'react';
import { ARROW_UNIT, layerRunsOf } from '../lineLayer';
import type { FlowEdge } from '../reactFlowTypes';
import { RouteContext } from '../routing/RouteContext';
import { useMountedInParts } from '../hooks/useMountedInParts';

/**
 * How many of the layer's paths (up to `LINES_PER_RUN` lines each) reach the page between two
 * paints: the expanded 1,000-workload design's 2,740 lines are about 1,200 paths (runs of one
 * status are short there), which the route worker's answer mounted in one task of about 60 ms.
 */
const RUNS_PER_PART = 100;

const none = () => () => undefined;
const zero = () => 0;

/**
 * The plain lines React Flow does not hold (`lineLayer.ts`), drawn as a few paths (one per run of
 * a status, in the lines' order; new paths a few after each paint) with the looks of a line and
 * its arrowhead (`canvas.css`), below every line React Flow draws and every card, above the
 * namespace boxes. It takes no pointer: zoomed in, React Flow draws them
 * again, each to hover, click and reach by keyboard. A pan redraws nothing here.
 */
export function LineLayer({ lines, held }: { lines: FlowEdge[]; held: FlowEdge[] }) {
  const routes = useContext(RouteContext);
  const revision = useSyncExternalStore(routes?.subscribe ?? none, routes?.revision ?? zero);
  const runs = useMemo(() => {
    if (routes === null || held === lines) return [];
    const ids = new Set(held.map((l) => l.id));
    return layerRunsOf(lines, ids, (id) => routes.get(id));
    // `routes` answers afresh whenever `revision` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, held, routes, revision]);
  // A path already drawn takes its new data at once; new ones come a few after each paint.
  const drawn = useMountedInParts(runs, RUNS_PER_PART);
  if (drawn.length === 0) return null;
  return (
    <ViewportLayer>
      <svg className="nc-line-layer" aria-hidden="true" data-testid="lines.layer">
        {drawn.map((run) => (
          <g key={run.id} className={`nc-edge is-${run.status}`}>
            <path className="nc-edge-path" d={run.lines} fill="none" />
            <path
              className={`nc-arrow is-${run.status}`}
              d={run.arrows}
              strokeWidth={ARROW_UNIT}
              strokeLinejoin="round"
            />
          </g>
        ))}
      </svg>
    </ViewportLayer>
  );
}
