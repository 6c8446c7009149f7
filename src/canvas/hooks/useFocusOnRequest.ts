import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { namespaceBoxOf, useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import {
  cameraInsetsOf,
  FOCUS_MAX_ZOOM,
  FOCUS_MIN_ZOOM,
  focusInsetsOf,
  focusPaddingOf,
  focusReadableZoomOf,
} from '../fitPadding';
import { focusViewport } from '../focusCamera';
import type { FocusTarget } from '../focusCamera';
import { namespaceNameBox } from '../layoutGeometry';
import { boxesUnion, viewportShows } from '../lessonCamera';
import { FOCUS_NAMES_ZOOM, neighbourhoodShown, viewportAroundFirst } from '../neighbourhoodFrame';
import { viewportUncut } from '../uncutFrame';
import { useReducedMotion } from '../walk/useReducedMotion';
import { namesBelowOf } from '../zoomBand';
import type { CameraAim } from './useCameraAim';

/** The nodes drawn as boxes around cards: a namespace's, the group's outside the cluster. */
const isBoxType = (type: string | undefined) => type === 'namespace' || type === 'outside';

const selectFocusRequest = (s: EditorState) => s.focusRequest;
const selectPresenting = (s: EditorState) => s.presenting;
/** How many frames a move waits for the sizes of the nodes it shows. */
const MEASURE_FRAMES = 30;

/**
 * Moves the camera to the nodes the store asks for (Find, "Show" on a
 * finding, a Traffic row or a matrix cell), at a zoom where their names can
 * be read, with their namespace's name where it keeps them readable (`focusViewport`), then
 * tells the store it is done. When they cannot all be shown so (a neighbourhood
 * that reaches every namespace), the first of them, the one asked about, is kept in view; a
 * request for them `whole` (a focus) frames them all as far out as names read, or the first and
 * those nearest it that fit so (`nearestFitting`), the first near the middle (`viewportAroundFirst`). While `waiting` (for the
 * automatic layout, after a collapsed namespace opened, and for their cards), a focus frames at
 * once what stands for the nodes now (those drawn, and the box of each one not drawn yet), and
 * makes the move when they are all drawn; it frames them again when the layout answers (`laying`
 * ends: the boxes grew and moved). Find, Show and Expand make one move, once the nodes are drawn
 * where they stay.
 * A request `unlessInView` (a policy picked in the list) makes no move when they are all in view.
 * The move is aimed at the canvas's size when it ends (one that changed on
 * the way is framed again at once), and told to `aim`, which makes it again
 * when the canvas changes size later.
 */
export function useFocusOnRequest(aim: CameraAim, waiting = false, laying = false): void {
  const request = useEditorStore(selectFocusRequest);
  // Presented, the room keeps clear only of what is on screen over the canvas (no minimap).
  const presenting = useEditorStore(selectPresenting);
  const padding = focusPaddingOf(presenting);
  const { fitView, getInternalNode, getNodesBounds, getViewport, setViewport } = useReactFlow();
  const flow = useStoreApi();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  useEffect(() => {
    if (request === null) return;
    // A neighbourhood is framed as far out as names read, around its workload when it cannot be
    // read whole; else never so far that cards lose their print.
    const whole = request.whole === true;
    // Both ends of a connection, or a box just opened, stay in view whole, as far out as the
    // design's smallest zoom if need be.
    const minZoom =
      request.pair === true || request.opened === true
        ? flow.getState().minZoom
        : whole
          ? FOCUS_NAMES_ZOOM
          : FOCUS_MIN_ZOOM;
    const options = {
      nodes: request.ids.map((id) => ({ id })),
      padding,
      maxZoom: FOCUS_MAX_ZOOM,
      minZoom,
    };
    const sizeNow = () => {
      const { width, height } = flow.getState();
      return `${width}x${height}`;
    };
    const isDrawn = (id: string) => getInternalNode(id) !== undefined;
    const drawn = () => request.ids.filter(isDrawn);
    /** The nodes drawn now for those asked for: each, or the box it sits in while that opens. */
    const standIns = () => [
      ...new Set(request.ids.map((id) => (isDrawn(id) ? id : (namespaceBoxOf(id) ?? id)))),
    ];
    /** Whether every node asked for that is drawn has its size (a namespace just opened). */
    const measured = () => drawn().every((id) => getInternalNode(id)?.measured.width !== undefined);
    /** A node asked for, with the name of the namespace box it sits in. */
    const targetOf = (id: string): FocusTarget => {
      const parent = getInternalNode(id)?.parentId;
      const namespace = parent === undefined ? undefined : getInternalNode(parent);
      const name =
        namespace?.type === 'namespace' && typeof namespace.data.name === 'string'
          ? namespaceNameBox(getNodesBounds([namespace.id]), namespace.data.name, presenting)
          : null;
      return { box: getNodesBounds([id]), name };
    };
    /** The boxes of the cards drawn (workloads, addresses: not the namespaces' boxes, nor the
     * frame of the group outside the cluster). */
    const cards = () =>
      [...flow.getState().nodeLookup.values()]
        .filter((n) => !isBoxType(n.type) && n.measured.width !== undefined)
        .map((n) => getNodesBounds([n.id]));
    /** The camera that frames the nodes (and their namespace's name), or null for none drawn. */
    const framing = (ids = drawn()) => {
      const { width, height } = flow.getState();
      const frame = { width, height, insets: focusInsetsOf(presenting) };
      const targets = ids.filter(isDrawn).map(targetOf);
      // A neighbourhood that fits where lines' labels show is framed there, whole.
      const { shown, minZoom: least } = whole
        ? neighbourhoodShown(targets, (t) => t.box, frame, namesBelowOf(presenting))
        : { shown: targets, minZoom };
      const readable = focusReadableZoomOf(presenting);
      const view = focusViewport(shown, frame, {
        minZoom: least,
        maxZoom: FOCUS_MAX_ZOOM,
        readableZoom: readable,
      });
      if (view === null) return view;
      // Zoomed in on a small design, the cards beside are taken in whole rather than cut.
      const subject = boxesUnion(targets.map((t) => t.box));
      if (!whole)
        return subject === null
          ? view
          : viewportUncut(view, subject, cards(), frame, {
              maxZoom: FOCUS_MAX_ZOOM,
              readableZoom: readable,
            });
      // A focus keeps its workload near the middle, its neighbours around it.
      return viewportAroundFirst(
        view,
        shown.map((t) => t.box),
        frame,
        least,
      );
    };
    /** Whether every node asked for is drawn and wholly in view, clear of the controls. */
    const allInView = () => {
      const { width, height } = flow.getState();
      const frame = { width, height, insets: cameraInsetsOf(presenting) };
      const viewport = getViewport();
      return request.ids.every(
        (id) => isDrawn(id) && viewportShows(viewport, getNodesBounds([id]), frame),
      );
    };
    /** Moves the camera, then remembers the move, aimed for the canvas's size it ends in. */
    const move = async (duration: number): Promise<void> => {
      const size = sizeNow();
      const view = framing();
      if (view === null) await fitView({ ...options, duration });
      else await setViewport(view, { duration });
      if (sizeNow() !== size) {
        await move(0);
        return;
      }
      aim.aimed(getViewport(), () => void move(0));
    };
    // The user may take the camera (a pan, a zoom) between a frame's request and the frame: the
    // store then no longer asks for this move, though this effect has not been cleaned up yet.
    const asked = () => store.getState().focusRequest?.seq === request.seq;
    if (waiting) {
      // Find, Show and Expand wait for the nodes where they stay: framing the box that opens,
      // then the card where the layout puts it, was two moves (the Inspector shows what was
      // found meanwhile). A focus frames its neighbourhood's stand-ins at once, its busy
      // workload's boxes opening for seconds.
      if (!whole) return;
      // What stands for the nodes is drawn and measured: framed at once, the move not yet done.
      const early = requestAnimationFrame(() => {
        if (!asked()) return;
        const view = framing(standIns());
        if (view !== null) void setViewport(view, { duration: reduced ? 0 : 250 });
      });
      return () => {
        cancelAnimationFrame(early);
      };
    }
    // React Flow's fit waits for the nodes' sizes; the camera that keeps the first one needs
    // them too: a few frames at most.
    let frames = 0;
    const start = () => {
      if (!asked()) return;
      if (!measured() && frames++ < MEASURE_FRAMES) {
        frame = requestAnimationFrame(start);
        return;
      }
      if (request.unlessInView === true && allInView()) {
        store.getState().focusDone(request.seq);
        return;
      }
      void move(reduced ? 0 : 250).then(() => {
        store.getState().focusDone(request.seq);
      });
    };
    // The move starts a frame late. The request's own frame draws what came with it (a focus
    // dims every card, so every tile is rastered again); a camera step in the very next frame
    // held the main thread in its commit until that raster was done (85–380 ms on the bench).
    // A frame with nothing new to draw commits nothing, and Chromium asks for the one after only
    // once the raster is done: the camera then starts as the dimmed design shows.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(start);
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [
    request,
    waiting,
    laying,
    fitView,
    getInternalNode,
    getNodesBounds,
    getViewport,
    setViewport,
    flow,
    store,
    reduced,
    padding,
    presenting,
    aim,
  ]);
}
