import { ViewportLayer } from './ViewportLayer';
import { useContext, useMemo, useSyncExternalStore } from 'react';
import { ARROW_UNIT, FAINT_ARROW_UNIT, layerRunsOf } from '../lineLayer';
import type { FlowEdge } from '../reactFlowTypes';
import { RouteContext } from '../routing/RouteContext';

const none = () => () => undefined;
const zero = () => 0;

/**
 * The plain lines React Flow does not hold, and a picked workload's faint ones (`lineLayer.ts`),
 * drawn as a few paths (one per run of a status, in the lines' order) with the looks of a line
 * and its arrowhead (`canvas.css`), below every line React Flow draws and
 * every card, above the namespace boxes. It takes no pointer: zoomed in, React Flow draws them
 * again, each to hover, click and reach by keyboard. A pan redraws nothing here, and a change
 * (an edit, a pick, a part of an expansion) only the runs whose lines it changed: a run is named
 * by its first line, not by its place, which a run gone or added before it would shift.
 */
export function LineLayer({
  lines,
  held,
  layered,
}: {
  lines: FlowEdge[];
  held: FlowEdge[];
  /** Whether the layer draws the plain and faint lines (zoomed out), or only bridges the plain. */
  layered: boolean;
}) {
  const routes = useContext(RouteContext);
  const revision = useSyncExternalStore(routes?.subscribe ?? none, routes?.revision ?? zero);
  const runs = useMemo(() => {
    if (routes === null || held === lines) return [];
    const ids = new Set(held.map((l) => l.id));
    return layerRunsOf(lines, ids, (id) => routes.get(id), layered);
    // `routes` answers afresh whenever `revision` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, held, layered, routes, revision]);
  if (runs.length === 0) return null;
  return (
    <ViewportLayer>
      <svg className="nc-line-layer" aria-hidden="true" data-testid="lines.layer">
        {runs.map((run) => (
          <g key={run.id} className={`nc-edge is-${run.status}${run.faint ? ' is-faded' : ''}`}>
            {run.lines.map((d, j) => (
              <path key={j} className="nc-edge-path" d={d} fill="none" />
            ))}
            {run.arrows.map((d, j) => (
              <path
                key={j}
                className={`nc-arrow is-${run.status}${run.faint ? ' is-faded' : ''}`}
                d={d}
                strokeWidth={run.faint ? FAINT_ARROW_UNIT : ARROW_UNIT}
                strokeLinejoin="round"
              />
            ))}
          </g>
        ))}
      </svg>
    </ViewportLayer>
  );
}
