import { ViewportLayer } from './ViewportLayer';
import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import {
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { useMountedInParts } from '../hooks/useMountedInParts';
import { namedRuns, runNamesByLine } from '../layerRunNames';
import { ARROW_UNIT, FAINT_ARROW_UNIT, layerLineCount, layerRunsOf } from '../lineLayer';
import type { LayerRun } from '../lineLayer';
import type { FlowEdge } from '../reactFlowTypes';
import { RouteContext } from '../routing/RouteContext';
import { DASHED_PATH } from './pathClasses';

/**
 * How many of the layer's new paths reach the page between two paints (more in a very long list,
 * `mountParts.ts`): the route worker's answer after Expand all on the expanded 1,000-workload
 * design brings about 1,200 runs, which mounted at once were a task of 45–80 ms of CPU and a
 * frame of 42–69 ms (`docs/performance-log.md`). Not fewer: each part has the page raster the
 * whole layer again (its new paths are everywhere), so parts of 100 drew that design's lines
 * over 7 s on a busy machine.
 */
export const RUNS_PER_PART = 300;

const none = () => () => undefined;
const zero = () => 0;
const selectPaneDragging = (s: ReactFlowState) => s.paneDragging;

/**
 * The plain lines React Flow does not hold, and a picked workload's faint ones (`lineLayer.ts`),
 * drawn as a few paths (one per run of a status, in the lines' order) with the looks of a line
 * and its arrowhead (`canvas.css`), below every line React Flow draws and
 * every card, above the namespace boxes. It takes no pointer: zoomed in, React Flow draws them
 * again, each to hover, click and reach by keyboard. A pan redraws nothing here, and a change
 * (an edit, a pick, a part of an expansion) only the runs whose lines it changed: a run is named
 * by a line it holds, not by its place, which a run gone or added before it would shift, and
 * keeps its name while it keeps a line (`layerRunNames.ts`).
 *
 * Lines new to the screen (routed just now: Expand all's, once the route worker answers) reach
 * the page a part after each paint, none while the pane is dragged (the viewport is then one
 * layer, which each new path would have the page paint again); lines that were on screen (React
 * Flow's until a zoom out or a pick, or the layer's in another run) are drawn at once.
 * `data-lines` says how many lines it draws, `data-waiting` how many more it will.
 */
export function LineLayer({
  lines,
  held,
  layered,
  following,
}: {
  lines: FlowEdge[];
  held: FlowEdge[];
  /** Whether the layer draws the plain and faint lines (zoomed out), or only bridges the plain. */
  layered: boolean;
  /** A card is dragged: its lines follow it in the frame of each move. */
  following: boolean;
}) {
  const routes = useContext(RouteContext);
  const live = useSyncExternalStore(routes?.subscribe ?? none, routes?.revision ?? zero);
  // New routes are taken in a task after the one that brought them (the route worker's answer:
  // reading it is 30–40 ms of CPU after Expand all), unless a card is dragged.
  const deferred = useDeferredValue(live);
  const revision = following ? live : deferred;
  const dragging = useStore(selectPaneDragging);
  // Each line's run name at the last drawing: a run keeps its elements while it keeps a line.
  const names = useRef<ReadonlyMap<string, string>>(new Map());
  const { runs, count } = useMemo(() => {
    if (routes === null || held === lines) return { runs: [], count: 0 };
    const ids = new Set(held.map((l) => l.id));
    return {
      runs: namedRuns(
        layerRunsOf(lines, ids, (id) => routes.get(id), layered),
        names.current,
      ),
      count: layerLineCount(lines, ids, layered),
    };
    // `routes` answers afresh whenever `revision` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines, held, layered, routes, revision]);
  useLayoutEffect(() => {
    names.current = runNamesByLine(runs);
  }, [runs]);
  // The lines on screen at the last commit: React Flow's and the layer's.
  const shown = useRef<ReadonlySet<string>>(new Set());
  const drawn = useMountedInParts(
    runs,
    RUNS_PER_PART,
    () => !dragging,
    dragging,
    (run: LayerRun) => run.ids.some((id) => shown.current.has(id)),
  );
  useLayoutEffect(() => {
    const ids = new Set(held.map((l) => l.id));
    for (const run of drawn) for (const id of run.ids) ids.add(id);
    shown.current = ids;
  }, [held, drawn]);
  // A render that changes no part (the pane's drag starting or ending) reconciles no path.
  const paths = useMemo(() => drawn.map(runPaths), [drawn]);
  if (count === 0) return null;
  const drawnLines = drawn.reduce((sum, run) => sum + run.ids.length, 0);
  return (
    <ViewportLayer>
      <svg
        className="nc-line-layer"
        aria-hidden="true"
        data-testid="lines.layer"
        data-lines={drawnLines}
        data-waiting={count - drawnLines}
      >
        {paths}
      </svg>
    </ViewportLayer>
  );
}

/**
 * A run's lines and arrowheads, with the looks of React Flow's lines (`canvas.css`). A faint
 * run's paths (one a line) are named by their line, so a line leaving the run takes its paths
 * alone, and the others keep theirs and their path data.
 */
function runPaths(run: LayerRun) {
  const keyOf = (j: number) => (run.faint ? (run.ids[j] ?? j) : j);
  return (
    <g key={run.id} className={`nc-edge is-${run.status}${run.faint ? ' is-faded' : ''}`}>
      {run.lines.map((d, j) => (
        <path
          key={keyOf(j)}
          className={run.status === 'allowed' ? 'nc-edge-path' : `nc-edge-path ${DASHED_PATH}`}
          d={d}
          fill="none"
        />
      ))}
      {run.arrows.map((d, j) => (
        <path
          key={keyOf(j)}
          className={`nc-arrow is-${run.status}${run.faint ? ' is-faded' : ''}`}
          d={d}
          strokeWidth={run.faint ? FAINT_ARROW_UNIT : ARROW_UNIT}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
}
