import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { foundFramed, nodeRefParse, useEditorApi, useEditorStore } from '../../store';
import type { EditorState, FocusRequest } from '../../store';
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
import { middleFirst, neighbourhoodShown } from '../neighbourhoodFrame';
import { viewportUncut } from '../uncutFrame';
import type { Box } from '../canvasGeometry';
import { nodeBoxesOf } from '../designBounds';
import type { CanvasNode } from '../reactFlowTypes';
import { useReducedMotion } from '../walk/useReducedMotion';
import { namesBelowOf } from '../zoomBand';
import type { CameraAim } from './useCameraAim';
import { FOCUS_NOTE_CLASS } from '../focusNote';

/** The nodes drawn as boxes around cards: a namespace's, the group's outside the cluster. */
const isBoxType = (type: string | undefined) => type === 'namespace' || type === 'outside';

const ignore = () => undefined;
/** How many of `nodes` are workloads (not the boxes other matches wait in). */
const workloadsIn = (nodes: readonly { id: string }[]) =>
  nodes.filter((n) => nodeRefParse(n.id)?.kind === 'workload').length;

const selectFocusRequest = (s: EditorState) => s.focusRequest;
const selectPresenting = (s: EditorState) => s.presenting;
/** How many frames a move waits for nodes asked for that the canvas does not hold yet. */
const KNOWN_FRAMES = 30;
/** How long after its end a smooth move cut short by another is taken as made. */
const CUT_SHORT_MS = 1000;
/** Air between a focus's frame and its note, in screen pixels. */
const NOTE_ROOM = 16;

/** A focus framed in part: its workload and the nearest of its neighbours (`neighbourhoodShown`). */
export interface FramedPart {
  /** The focused node (the request's first). */
  readonly id: string;
  /** How many of its neighbours (the request's other nodes) the view holds, and of how many. */
  readonly shown: number;
  readonly of: number;
}

/**
 * Moves the camera to the nodes the store asks for (Find, "Show" on a finding, a Traffic row or
 * a matrix cell, a focus), once, then tells the store it is done. The move is aimed where the
 * nodes lie (`nodeBoxesOf` of the canvas's `nodes`, those still to be mounted in parts
 * included), so it is made as soon as the automatic layout has placed them (`waiting` while it
 * works: a namespace opening, a file just opened), not when every card and line is drawn:
 * framing what stood for them first, then again when the layout answered, then again with every
 * card drawn, was three moves seconds apart after F. Cards and lines that arrive after the move
 * never move the camera.
 * Find and Show frame their nodes at a zoom where their names can be read, with their
 * namespace's name where it keeps them readable (`focusViewport`); when they cannot all be shown
 * so, the first of them, the one asked about, is kept in view. A request for them `whole` (a
 * focus) frames them all, centred in the free area, as far out as the app's smallest zoom; when
 * they do not fit there, the first one and those nearest it that fit (`neighbourhoodShown`),
 * centred, which `onFramedPart` hears (the focus's note says it). `onMove` hears each move as it
 * starts: the canvas drops a whole-design fit still waiting then (Find right after Open file).
 * A request `unlessInView` (a policy picked in the list, a card found) makes no move when they
 * are all in view, at a zoom the move could have chosen.
 * The move is aimed at the canvas's size when it ends (one that changed on the way is framed
 * again at once), and told to `aim`, which makes it again when the canvas changes size later.
 */
export function useFocusOnRequest(
  aim: CameraAim,
  nodes: readonly CanvasNode[],
  waiting = false,
  onFramedPart: (part: FramedPart | null) => void = ignore,
  onMove: () => void = ignore,
): void {
  const request = useEditorStore(selectFocusRequest);
  // Presented, the room keeps clear only of what is on screen over the canvas (no minimap).
  const presenting = useEditorStore(selectPresenting);
  const padding = focusPaddingOf(presenting);
  const { fitView, getViewport, setViewport } = useReactFlow();
  const flow = useStoreApi();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  // The nodes as they are when the move is made, read then: a part of cards mounted, a line
  // routed, must not start the move again.
  const nodesNow = useRef(nodes);
  nodesNow.current = nodes;
  // The request whose move was made (or is on its way): each is made once. By the object: a
  // request's `seq` starts again at 1 once the last one is done.
  const moved = useRef<FocusRequest | null>(null);
  useEffect(() => {
    if (request === null || waiting || moved.current === request) return;
    const whole = request.whole === true;
    const found = request.found === true;
    // Both ends of a connection, or a box just opened, stay in view whole, as far out as the
    // design's smallest zoom if need be.
    const minZoom =
      request.pair === true || request.opened === true ? flow.getState().minZoom : FOCUS_MIN_ZOOM;
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
    /** How far up from the canvas's foot the focus's note reaches: 0 without one. */
    const noteReach = () => {
      const root = flow.getState().domNode;
      const note = root?.querySelector(`.${FOCUS_NOTE_CLASS}`) ?? null;
      if (root === null || note === null) return 0;
      return Math.max(0, root.getBoundingClientRect().bottom - note.getBoundingClientRect().top);
    };
    /** Where the canvas's nodes lie now, and each node by its id. */
    const placesNow = () => {
      const all = nodesNow.current;
      return { boxes: nodeBoxesOf(all), byId: new Map(all.map((n) => [n.id, n])) };
    };
    const known = () => {
      const { boxes } = placesNow();
      return request.ids.filter((id) => boxes.has(id));
    };
    /** The camera that frames the nodes (and their namespace's name), or null for none known. */
    const framing = () => {
      const { boxes, byId } = placesNow();
      /** A node asked for, with the name of the namespace box it sits in. */
      const targetOf = (id: string, box: Box): FocusTarget => {
        const parentId = byId.get(id)?.parentId;
        const parent = parentId === undefined ? undefined : byId.get(parentId);
        const parentBox = parentId === undefined ? undefined : boxes.get(parentId);
        const name =
          parent?.type === 'namespace' &&
          typeof parent.data.name === 'string' &&
          parentBox !== undefined
            ? namespaceNameBox(parentBox, parent.data.name, presenting)
            : null;
        return { box, name };
      };
      const { width, height } = flow.getState();
      const insets = focusInsetsOf(presenting);
      // A focus's note stands over the foot of the canvas, higher than the controls: kept clear.
      const bottom = whole ? Math.max(insets.bottom, noteReach() + NOTE_ROOM) : insets.bottom;
      const frame = { width, height, insets: { ...insets, bottom } };
      const targets = request.ids.flatMap((id) => {
        const box = boxes.get(id);
        return box === undefined ? [] : [{ ...targetOf(id, box), id }];
      });
      // A neighbourhood is framed whole where lines' labels show, else as far out as names read;
      // around its workload when it does not fit there. So are the workloads a label found,
      // around the middle of them.
      const { shown, minZoom: least } = whole
        ? neighbourhoodShown(targets, (t) => t.box, frame, namesBelowOf(presenting))
        : found
          ? neighbourhoodShown(
              middleFirst(targets, (t) => t.box),
              (t) => t.box,
              frame,
              namesBelowOf(presenting),
            )
          : { shown: targets, minZoom };
      const readable = focusReadableZoomOf(presenting);
      // A label's workloads framed in part stay as far out as names read, centred on the part
      // that fits: zoomed in on that part, the view held fewer of them than it could.
      const partly = found && shown.length < targets.length;
      const view = focusViewport(shown, frame, {
        minZoom: least,
        maxZoom: partly ? least : FOCUS_MAX_ZOOM,
        readableZoom: partly ? least : readable,
      });
      const [first] = request.ids;
      if (whole && first !== undefined) {
        const part = { id: first, shown: shown.length - 1, of: targets.length - 1 };
        onFramedPart(shown.length < targets.length ? part : null);
      }
      // Counted only on a canvas that has a size: one the Matrix hid meanwhile holds nothing.
      if (found && view !== null && width > 0 && height > 0) {
        // Counted as the user sees them: wholly on the canvas, clear of the controls' strip.
        const seen = { width, height, insets: cameraInsetsOf(presenting) };
        const inView = targets.filter((t) => viewportShows(view, t.box, seen));
        foundFramed(store.getState, workloadsIn(inView), workloadsIn(targets));
      }
      if (view === null || whole || found) return view;
      // Zoomed in on a small design, the cards beside are taken in whole rather than cut.
      const subject = boxesUnion(targets.map((t) => t.box));
      const cards = nodesNow.current
        .filter((n) => !isBoxType(n.type))
        .flatMap((n) => boxes.get(n.id) ?? []);
      return subject === null
        ? view
        : viewportUncut(view, subject, cards, frame, {
            maxZoom: FOCUS_MAX_ZOOM,
            readableZoom: readable,
          });
    };
    /**
     * Whether every node asked for is wholly in view, clear of the controls, at least as readable
     * as the move would draw it (not zoomed out past where its card keeps its name and ports).
     */
    const allInView = () => {
      const { width, height } = flow.getState();
      const frame = { width, height, insets: cameraInsetsOf(presenting) };
      const viewport = getViewport();
      if (viewport.zoom < minZoom) return false;
      const { boxes } = placesNow();
      return request.ids.every((id) => {
        const box = boxes.get(id);
        return box !== undefined && viewportShows(viewport, box, frame);
      });
    };
    /**
     * Moves the camera, then remembers the move, aimed for the canvas's size it ends in. A smooth
     * move another camera move cuts short never ends for React Flow (its promise waits for the
     * end of a transition that was interrupted): it is taken as made a second after its end.
     */
    const move = async (duration: number): Promise<void> => {
      const size = sizeNow();
      const view = framing();
      const made =
        view === null ? fitView({ ...options, duration }) : setViewport(view, { duration });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cut = new Promise((resolve) => {
        timer = setTimeout(resolve, duration + CUT_SHORT_MS);
      });
      await Promise.race([made, cut]);
      clearTimeout(timer);
      if (sizeNow() !== size) {
        // Framed again for its new size; not for none (the Matrix took the canvas's place).
        const { width, height } = flow.getState();
        if (width > 0 && height > 0) await move(0);
        return;
      }
      aim.aimed(getViewport(), () => void move(0));
    };
    // The user may take the camera (a pan, a zoom) between a frame's request and the frame: the
    // store then no longer asks for this move, though this effect has not been cleaned up yet.
    const asked = () => store.getState().focusRequest?.seq === request.seq;
    // Nodes the layout placed are in the canvas's list at once; one asked for that is not (the
    // outside group's, which come with the lines) is waited for a few frames at most.
    let frames = 0;
    const start = () => {
      if (!asked()) return;
      if (known().length < request.ids.length && frames++ < KNOWN_FRAMES) {
        frame = requestAnimationFrame(start);
        return;
      }
      moved.current = request;
      if (request.unlessInView === true && allInView()) {
        store.getState().focusDone(request.seq);
        return;
      }
      // A whole-design fit still waiting (a file just opened) would take the camera from here.
      onMove();
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
    onFramedPart,
    onMove,
    fitView,
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
