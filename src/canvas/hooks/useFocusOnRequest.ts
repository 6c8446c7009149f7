import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import {
  FOCUS_MAX_ZOOM,
  FOCUS_MIN_ZOOM,
  focusInsetsOf,
  focusPaddingOf,
  focusReadableZoomOf,
} from '../fitPadding';
import { focusViewport } from '../focusCamera';
import type { FocusTarget } from '../focusCamera';
import { namespaceNameBox } from '../layoutGeometry';
import { useReducedMotion } from '../walk/useReducedMotion';
import type { CameraAim } from './useCameraAim';

const selectFocusRequest = (s: EditorState) => s.focusRequest;
const selectPresenting = (s: EditorState) => s.presenting;
/** How many frames a move waits for the sizes of the nodes it shows. */
const MEASURE_FRAMES = 30;

/**
 * Moves the camera to the nodes the store asks for (Find, "Show" on a
 * finding, a Traffic row or a matrix cell), at a zoom where their names can
 * be read, with their namespace's name where it keeps them readable (`focusViewport`), then
 * tells the store it is done. When they cannot all be shown so (a neighbourhood
 * that reaches every namespace), the first of them, the one asked about, is kept in view. While `waiting` (for the
 * automatic layout, after a collapsed namespace opened), the move waits.
 * The move is aimed at the canvas's size when it ends (one that changed on
 * the way is framed again at once), and told to `aim`, which makes it again
 * when the canvas changes size later.
 */
export function useFocusOnRequest(aim: CameraAim, waiting = false): void {
  const request = useEditorStore(selectFocusRequest);
  // Presented, the room keeps clear only of what is on screen over the canvas (no minimap).
  const presenting = useEditorStore(selectPresenting);
  const padding = focusPaddingOf(presenting);
  const { fitView, getInternalNode, getNodesBounds, getViewport, setViewport } = useReactFlow();
  const flow = useStoreApi();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  useEffect(() => {
    if (request === null || waiting) return;
    const options = {
      nodes: request.ids.map((id) => ({ id })),
      padding,
      maxZoom: FOCUS_MAX_ZOOM,
      minZoom: FOCUS_MIN_ZOOM,
    };
    const sizeNow = () => {
      const { width, height } = flow.getState();
      return `${width}x${height}`;
    };
    const drawn = () => request.ids.filter((id) => getInternalNode(id) !== undefined);
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
    /** The camera that frames the nodes (and their namespace's name), or null for none drawn. */
    const framing = () => {
      const { width, height } = flow.getState();
      const frame = { width, height, insets: focusInsetsOf(presenting) };
      return focusViewport(drawn().map(targetOf), frame, {
        minZoom: FOCUS_MIN_ZOOM,
        maxZoom: FOCUS_MAX_ZOOM,
        readableZoom: focusReadableZoomOf(presenting),
      });
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
    // React Flow's fit waits for the nodes' sizes; the camera that keeps the first one needs
    // them too: a few frames at most.
    let frames = 0;
    const start = () => {
      if (!measured() && frames++ < MEASURE_FRAMES) {
        frame = requestAnimationFrame(start);
        return;
      }
      void move(reduced ? 0 : 250).then(() => {
        store.getState().focusDone(request.seq);
      });
    };
    let frame = requestAnimationFrame(start);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [
    request,
    waiting,
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
