import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import type { WalkStop } from '../../store';
import type { Rect } from '../edges/edgeGeometry';
import { FAR_CARD_TYPES } from '../farCards';
import { CALLOUT_GAP, calloutBandFor, placeCallout } from './calloutPlacement';
import type { Box } from './calloutPlacement';
import { WalkCallout } from './WalkCallout';
import type { Point } from './walkGeometry';

/** The canvas's own overlays, which the callout must not slide under. */
const OVERLAYS =
  '.nc-palette, .react-flow__controls, .react-flow__minimap, .nc-collapse-controls, .nc-legend';
/** The packet's size on screen, kept clear too. */
const PACKET = 28;

const selectTransform = (s: ReactFlowState) => s.transform;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

/** The visible overlays of the canvas that holds `el`, relative to its top-left corner. */
function overlaysAround(el: HTMLElement): Box[] {
  const canvas = el.closest('.react-flow');
  if (canvas === null) return [];
  const origin = canvas.getBoundingClientRect();
  return [...canvas.querySelectorAll(OVERLAYS)]
    .map((o) => o.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height }));
}

/**
 * The walk's callout, drawn on screen rather than in the flow so it keeps a
 * readable size at any zoom, and placed where it covers neither walked node
 * (nor, in a lesson, a card the step talks about), nor the packet, nor the palette, controls or minimap, and stays in the canvas.
 */
export function PlacedCallout({ stop, packet, nodes, ids }: PlacedCalloutProps) {
  const ref = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  /** The stop whose view was fitted again to make room (once per stop, so it cannot loop). */
  const refitted = useRef<WalkStop | null>(null);
  const [tx, ty, zoom] = useStore(selectTransform);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const [at, setAt] = useState<Point | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const onScreen = (r: Rect): Box => ({
      x: r.x * zoom + tx,
      y: r.y * zoom + ty,
      width: r.width * zoom,
      height: r.height * zoom,
    });
    const anchor = { x: packet.x * zoom + tx, y: packet.y * zoom + ty };
    const dot = {
      x: anchor.x - PACKET / 2,
      y: anchor.y - PACKET / 2,
      width: PACKET,
      height: PACKET,
    };
    const pane = { width, height };
    const callout = { width: el.offsetWidth, height: el.offsetHeight };
    const keepOut = overlaysAround(el);
    // The cards a lesson step talks about besides the walked two (a namespace's box holds them).
    const cards = ids.flatMap((id) => {
      const node = id.startsWith('namespace:') ? undefined : flow.getInternalNode(id);
      if (node === undefined) return [];
      const { x, y } = node.internals.positionAbsolute;
      return [{ x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 }];
    });
    // The other cards in view, which the callout hides no name of where it has room.
    const inView = (b: Box) =>
      b.x < width && b.y < height && b.x + b.width > 0 && b.y + b.height > 0;
    const others = [...flowStore.getState().nodeLookup.values()]
      .filter((n) => FAR_CARD_TYPES.has(n.type ?? '') && n.measured.width !== undefined)
      .map((n) =>
        onScreen({
          ...n.internals.positionAbsolute,
          width: n.measured.width ?? 0,
          height: n.measured.height ?? 0,
        }),
      )
      .filter(inView);
    const place = placeCallout({
      pane,
      callout,
      anchor,
      avoid: [...nodes.map(onScreen), ...cards.map(onScreen), dot],
      cards: others,
      keepOut,
    });
    if (!place.clear && refitted.current !== stop) {
      // No free place: fit the nodes beside a band kept for the callout (above them, or on
      // their right on a low canvas).
      refitted.current = stop;
      const all = [...nodes, ...cards];
      const left = Math.min(...all.map((r) => r.x));
      const top = Math.min(...all.map((r) => r.y));
      const subject = {
        width: Math.max(...all.map((r) => r.x + r.width)) - left,
        height: Math.max(...all.map((r) => r.y + r.height)) - top,
      };
      const band = calloutBandFor(callout, keepOut, pane, subject);
      const gap: `${number}px` = `${CALLOUT_GAP * 2}px`;
      const kept: `${number}px` = `${band.size}px`;
      void flow.fitView({
        nodes: ids.map((id) => ({ id })),
        padding:
          band.side === 'top'
            ? { top: kept, bottom: gap, x: gap }
            : { right: kept, left: gap, y: gap },
        maxZoom: 1,
        duration: 0,
      });
    }
    const next = place.at;
    setAt((prev) => (prev !== null && prev.x === next.x && prev.y === next.y ? prev : next));
  }, [stop, packet.x, packet.y, nodes, ids, flow, flowStore, tx, ty, zoom, width, height]);
  return (
    <div className="nc-walk-callout-layer">
      <WalkCallout ref={ref} stop={stop} at={at} />
    </div>
  );
}

interface PlacedCalloutProps {
  readonly stop: WalkStop;
  /** Where the packet waits, in flow coordinates. */
  readonly packet: Point;
  /** The walked nodes, in flow coordinates. */
  readonly nodes: readonly Rect[];
  /**
   * Their ids and those of the cards the lesson step talks about: kept clear of the callout, and
   * fitted in view again when it finds no free place.
   */
  readonly ids: readonly string[];
}
