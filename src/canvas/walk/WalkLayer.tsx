import { ViewportPortal, useInternalNode, useReactFlow } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import {
  WALK_OUTCOMES,
  selectLessonViewNodes,
  selectWalkPlan,
  useEditorStore,
  walkStopAnnouncement,
} from '../../store';
import type { EditorState, WalkOutcome, WalkPlan, WalkStop } from '../../store';
import type { Rect } from '../edges/edgeGeometry';
import { usePacketMotion } from './usePacketMotion';
import { useReducedMotion } from './useReducedMotion';
import { PlacedCallout } from './PlacedCallout';
import { legPoints, walkLegOf } from './walkGeometry';
import type { Point } from './walkGeometry';
import { useEdgeRoute } from '../hooks/useEdgeRoute';
import { edgeIdOf } from '../../store';
import type { NodeId } from '../../store';
import './walk.css';

const selectStopIndex = (s: EditorState) => s.walkStop;
const selectRun = (s: EditorState) => s.walkRun;

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

function Packet({ stop, source, target, ids, runKey, line, verdict }: PacketProps) {
  const leg = walkLegOf(stop.kind, source, target, line);
  const { point, arrived } = usePacketMotion(leg, runKey);
  const tone = arrived && stop.outcome !== null ? stop.outcome : 'moving';
  const mark = tone === 'moving' ? '' : WALK_OUTCOMES[tone].mark;
  const route = legPoints(walkLegOf('ingress', source, target, line));
  return (
    <>
      <ViewportPortal>
        <svg className={`nc-walk-route is-${verdict}`} aria-hidden="true">
          <polyline points={route.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')} />
        </svg>
        <div
          className={`nc-walk-packet is-${tone} ${stop.kind === 'reply' ? 'is-reply' : ''}`}
          data-testid="walk.packet"
          data-arrived={arrived}
          style={{ transform: `translate(${point.x}px, ${point.y}px) translate(-50%, -50%)` }}
        >
          {mark}
        </div>
      </ViewportPortal>
      {arrived && <PlacedCallout stop={stop} packet={point} nodes={[source, target]} ids={ids} />}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {arrived ? walkStopAnnouncement(stop) : ''}
      </div>
    </>
  );
}

interface PacketProps {
  readonly stop: WalkStop;
  readonly source: Rect;
  readonly target: Rect;
  readonly ids: readonly string[];
  readonly runKey: string;
  /** The points of the line drawn from source to target, when there is one (its route). */
  readonly line: readonly Point[] | undefined;
  /** How the walk ends, which colours its route from the start. */
  readonly verdict: WalkOutcome;
}

/** How a walked connection ends: through, stopped, or through only because nothing enforces. */
function verdictOf(plan: WalkPlan): WalkOutcome {
  if (!plan.allowed) return 'blocked';
  return plan.verdict.allowed ? 'allowed' : 'unenforced';
}

/**
 * "Walk a connection" on the canvas: a packet leaves the source, waits at the
 * egress check, crosses, waits at the ingress check and, when both allow it,
 * a reply comes back. The stops and their texts come from the store
 * (`selectWalkPlan`, built from the engine's explanation).
 */
export function WalkLayer() {
  const plan = useEditorStore(selectWalkPlan);
  const stopIndex = useEditorStore(selectStopIndex);
  const run = useEditorStore(selectRun);
  const reduced = useReducedMotion();
  const flow = useReactFlow();
  const from = plan?.request.from ?? '';
  const to = plan?.request.to ?? '';
  const source = useInternalNode(from);
  const target = useInternalNode(to);
  // The packet follows the line drawn between the two, around the cards in between.
  // The request's ends are node ids (`WalkRequest`).
  const line = useEdgeRoute(edgeIdOf(from as NodeId, to as NodeId))?.points;
  // In a lesson the nodes the step talks about stay in view with the walked two (and clear of
  // the callout): the trainer walks one connection of what the step shows.
  const subject = useEditorStore(selectLessonViewNodes);
  const ids = useMemo(() => [...new Set([from, to, ...subject])], [from, to, subject]);
  useEffect(() => {
    if (from === '' || to === '') return;
    // An end not drawn yet (its collapsed box opening) is framed by the store's focus request.
    if (flow.getInternalNode(from) === undefined || flow.getInternalNode(to) === undefined) return;
    void flow.fitView({
      nodes: ids.map((id) => ({ id })),
      padding: 0.45,
      maxZoom: 1,
      duration: reduced ? 0 : 400,
    });
  }, [flow, from, to, ids, run, reduced]);
  if (plan === null || source === undefined || target === undefined) return null;
  const index = Math.min(stopIndex, plan.stops.length - 1);
  const stop = plan.stops[index];
  if (stop === undefined) return null;
  return (
    <Packet
      stop={stop}
      source={rectOf(source)}
      target={rectOf(target)}
      ids={ids}
      runKey={`${String(run)}:${String(index)}:${from}>${to}`}
      line={line}
      verdict={verdictOf(plan)}
    />
  );
}
