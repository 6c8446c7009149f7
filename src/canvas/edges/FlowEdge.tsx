import type { EdgeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { CSSProperties } from 'react';
import { useEdgeRoute } from '../hooks/useEdgeRoute';
import { dimmedMarker } from './arrowMarkers';
import { DASHED_PATH, PICKED_PATH } from './pathClasses';
import { EdgeLabel } from './labelLayer';
import { HoverLabel } from './HoverLabel';
import type { FlowEdgeData, FlowEdge as FlowEdgeType } from '../reactFlowTypes';
import type { EdgeRoute } from '../routing/edgeRoutes';
import { labelTextOf, shortLabelTextOf } from '../routing/routeInput';
import { labelDrawn } from '../routing/labelOrder';
import { stackedTextOf } from '../routing/labelPlace';

/**
 * Where the label goes, or null for none: where the router found it room, when its line's
 * label is drawn (`labelDrawn`: a quiet summary's several labels at their lines' middles would
 * sit on each other).
 */
function labelSpot(route: EdgeRoute, data: FlowEdgeData, selected: boolean) {
  return labelDrawn(data, selected) ? route.label : null;
}

/**
 * The bands around a line that take the pointer: 16 px wide, and along a stretch in a lane beside
 * other lines no wider than the room between the lanes.
 */
const HIT_WIDTH = 16;
function hitBandsOf({ path, lanes }: EdgeRoute): { path: string; width: number }[] {
  if (lanes === undefined) return [{ path, width: HIT_WIDTH }];
  const laned = lanes.laned.map((l) => ({ path: l.path, width: Math.min(HIT_WIDTH, l.room) }));
  return lanes.alone === '' ? laned : [{ path: lanes.alone, width: HIT_WIDTH }, ...laned];
}

/**
 * A flow: solid when the traffic it stands for is allowed, red and dashed when
 * something blocks it (orange when only some of it is). Its route goes around
 * the cards; its label sits where it covers no card, and a label with no such
 * place (or of a path of the focused node) shows only while the line is
 * picked or under the pointer, above the cards (`HoverLabel`). The reasons are the native tooltip, after every
 * port by number when the label counts them.
 */
function FlowEdgeView({ id, data, markerEnd, selected }: EdgeProps<FlowEdgeType>) {
  const route = useEdgeRoute(id);
  // A label hidden for want of room (or of a quiet line) shows while the pointer is on its line.
  const [hovered, setHovered] = useState(false);
  if (route === undefined) return null;
  const status = data?.status ?? 'allowed';
  const emphasis = selected === true || data?.emphasis === true ? 'is-emphasis' : '';
  const reason = data?.reason ?? '';
  const isPath = data?.path === true;
  const changed = data?.changed === true ? 'is-changed' : '';
  const summary = data?.summary === true ? 'is-summary' : '';
  const compare = data?.compare === undefined ? '' : `is-compare-${data.compare}`;
  const faded = data?.faded === true ? 'is-faded' : '';
  const unenforced = data?.unenforced === undefined ? '' : 'is-unenforced';
  // The picked line keeps its label when zoomed out, where the others' go (levelOfDetail.css).
  const picked = selected === true ? 'is-picked' : '';
  const className = `is-${status} ${emphasis} ${picked} ${isPath ? 'is-path' : ''} ${changed} ${summary} ${compare} ${faded} ${unenforced}`;
  const pathClass = `nc-edge-path nc-flow-path${status !== 'allowed' || isPath || compare !== '' ? ` ${DASHED_PATH}` : ''}${picked === '' ? '' : ` ${PICKED_PATH}`}`;
  const spot = data === undefined ? null : labelSpot(route, data, selected === true);
  // A label of the picked workload's line that lies over cards is drawn above them (`over`); the
  // picked line's, placed with no thought of the camera, is kept in view (`HoverLabel`): zoomed
  // in, its free spot could lie past the canvas's edge, where the user no longer saw it.
  const inView = route.over === true || (selected === true && spot !== null);
  const shown = inView ? null : spot;
  // Picked, a label with no free spot shows as under the pointer: above the cards, in view.
  const hoverSpot = inView
    ? spot
    : data === undefined || shown !== null || !(hovered || selected === true)
      ? null
      : (route.label ?? route.middle);
  // With too little room for its whole text, the label shows its shorter one, the whole as a tip.
  const whole = data === undefined ? '' : labelTextOf(data);
  const oneLine = (route.short === true && data !== undefined && shortLabelTextOf(data)) || whole;
  // With too little room for it on one line (a short line between neighbouring columns), two.
  const text = (route.stacked === true && stackedTextOf(oneLine)) || oneLine;
  const stacked = text === oneLine ? '' : 'is-stacked';
  // A label that counts ports named alike (`TCP metrics (20 ports)`) lists each in its tip.
  const inFull =
    data?.portsInFull === undefined ? whole : labelTextOf({ ...data, ports: data.portsInFull });
  const tip = oneLine === inFull ? reason : `${inFull}\n${reason}`;
  const lineTip = inFull === whole ? reason : `${inFull}\n${reason}`;
  return (
    <>
      <g
        data-testid={`edge.${id}`}
        className={`nc-edge ${className}`}
        // A line of a fan whose one label is another line's (`labelFans.ts`): that label is its.
        data-fan-label={route.fan === undefined || route.fan === id ? undefined : route.fan}
        onMouseEnter={() => {
          setHovered(true);
        }}
        onMouseLeave={() => {
          setHovered(false);
        }}
      >
        <title>{lineTip}</title>
        <path
          d={route.path}
          className={pathClass}
          fill="none"
          markerEnd={markerEnd}
          style={markerEnd === undefined ? undefined : dimmedMarkerStyle(markerEnd)}
        />
        {shown !== null && route.leader !== undefined && (
          // A label set off its line, on a leader from the point of the line it speaks of.
          <path
            d={`M ${String(route.leader.x)} ${String(route.leader.y)} L ${String(shown.x)} ${String(shown.y)}`}
            className="nc-edge-leader"
            fill="none"
          />
        )}
        {hitBandsOf(route).map((band, i) => (
          <path
            key={i}
            d={band.path}
            className="nc-edge-hit"
            fill="none"
            strokeOpacity={0}
            strokeWidth={band.width}
          />
        ))}
      </g>
      {data !== undefined && shown !== null && (
        <EdgeLabel>
          <div
            className={`nc-edge-label ${className} ${stacked}`}
            style={{
              transform: `translate(-50%, -50%) translate(${String(shown.x)}px, ${String(shown.y)}px)`,
            }}
            title={tip}
            data-testid={`edge-label.${id}`}
          >
            {text}
          </div>
        </EdgeLabel>
      )}
      {hoverSpot !== null && (
        <HoverLabel
          spot={hoverSpot}
          className={`${className} ${stacked} ${route.over === true ? 'is-over-cards' : ''}`}
          title={tip}
          testId={`edge-label.${id}`}
          text={text}
        />
      )}
    </>
  );
}

/** The arrowhead the line names while a focus dims it (`canvas.css`), as a custom property. */
function dimmedMarkerStyle(markerEnd: string): CSSProperties {
  return { '--nc-dimmed-marker': dimmedMarker(markerEnd) } as CSSProperties;
}

/**
 * Whether a line draws the same: it reads its id, its data, its arrowhead and its pick alone, its
 * path and label spot coming from its route (`useEdgeRoute`). React Flow hands it the places of
 * its ends' dots too, which change when a card's dots are measured (a zoom out of the names band,
 * `useDotsMeasuredOnShow`; a card coming near, `useFarCards`): F from the fitted 200-workload
 * design drew every line of the cards near the view again, the same, in that frame.
 */
export function drawsTheSame(
  before: EdgeProps<FlowEdgeType>,
  after: EdgeProps<FlowEdgeType>,
): boolean {
  return (
    before.id === after.id &&
    before.data === after.data &&
    before.markerEnd === after.markerEnd &&
    before.selected === after.selected
  );
}

export const FlowEdge = memo(FlowEdgeView, drawsTheSame);
