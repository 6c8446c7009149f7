import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { selectLessonViewNodes, useEditorApi } from '../../store';
import type { Box } from '../canvasGeometry';
import { cameraInsetsOf } from '../fitPadding';
import { designBounds } from '../designBounds';
import {
  boxWithNearEdges,
  boxesUnion,
  lessonFrameOf,
  lessonViewport,
  viewportFitting,
} from '../lessonCamera';
import type { CameraLimits, Viewport } from '../lessonCamera';
import type { CanvasNode } from '../reactFlowTypes';
import { useReducedMotion } from '../walk/useReducedMotion';
import {
  COMPACT_BELOW,
  NAMES_BELOW,
  PRESENTING_COMPACT_BELOW,
  PRESENTING_NAMES_BELOW,
} from '../zoomBand';

/**
 * In presentation a small subject is drawn larger, for the back of the room,
 * and names (20 px there, `presentation.css`) read at 18 px from 0.9.
 */
const PRESENTING: CameraLimits = {
  maxZoom: 1.4,
  readableZoom: PRESENTING_COMPACT_BELOW,
  wholeZoom: PRESENTING_NAMES_BELOW,
};
/** At a desk: never closer than the design's normal size; 11 px print reads from 0.6. */
const EDITING: CameraLimits = { maxZoom: 1, readableZoom: COMPACT_BELOW, wholeZoom: NAMES_BELOW };
const MOVE_MS = 300;
/** A namespace's edge this close to a card the step names is kept in view with it. */
const EDGE_REACH = 64;

function sizeOf(node: {
  measured: { width?: number; height?: number };
  width?: number;
  height?: number;
}) {
  return {
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/**
 * How the camera shows a lesson step's subject: `steady` (a step changed:
 * stay put when the view already shows it well, `lessonCamera.ts`) or `fit`
 * (the canvas changed size: fit it again). Returns false when there is no
 * lesson subject on the canvas to show (the caller fits the whole design).
 */
export function useLessonCamera(): (mode: 'steady' | 'fit') => boolean {
  const { getInternalNode, getNodes, getViewport, setViewport } = useReactFlow<CanvasNode>();
  const flowStore = useStoreApi();
  const store = useEditorApi();
  const reduced = useReducedMotion();
  /** The move under way: a camera still on its way is judged by where it is going. */
  const moving = useRef<{ readonly to: Viewport; readonly until: number } | null>(null);
  return useCallback(
    (mode) => {
      const state = store.getState();
      const boxes: Box[] = [];
      for (const id of selectLessonViewNodes(state)) {
        const node = getInternalNode(id);
        if (node === undefined) continue;
        const card = { ...node.internals.positionAbsolute, ...sizeOf(node) };
        // A workload's namespace name, over its box, says where it runs: keep it in view, and
        // the namespace's edges near the card, so its box is not cut at the canvas's edge.
        const parent = node.parentId === undefined ? undefined : getInternalNode(node.parentId);
        const namespace =
          parent === undefined ? null : { ...parent.internals.positionAbsolute, ...sizeOf(parent) };
        boxes.push(namespace === null ? card : boxWithNearEdges(card, namespace, EDGE_REACH));
      }
      const named = boxesUnion(boxes);
      const { width, height } = flowStore.getState();
      if (named === null || width === 0 || height === 0) return false;
      const frame = {
        width,
        height,
        insets: cameraInsetsOf(state.presenting),
      };
      const limits = state.presenting ? PRESENTING : EDITING;
      const subject = lessonFrameOf(named, designBounds(getNodes()), frame, limits);
      const going = moving.current;
      const current = going !== null && performance.now() < going.until ? going.to : getViewport();
      const next =
        mode === 'steady'
          ? lessonViewport(current, subject, frame, limits)
          : viewportFitting(subject, frame, limits.maxZoom);
      if (next === current) return true;
      const duration = reduced ? 0 : MOVE_MS;
      moving.current = { to: next, until: performance.now() + duration };
      void setViewport(next, { duration });
      return true;
    },
    [getInternalNode, getNodes, getViewport, setViewport, flowStore, store, reduced],
  );
}
