import { useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import { frameNeighbourhood, useEditorApi, useEditorStore } from '../../store';
import type { EditorState, KeptCamera } from '../../store';
import type { CanvasNode } from '../reactFlowTypes';
import { frameChangedMuch } from '../lessonCamera';
import { afterLaidOut } from './afterLaidOut';
import type { CameraAim } from './useCameraAim';
import { useLessonCamera } from './useLessonCamera';
import { useSubjectWatch } from './useSubjectWatch';
import { useWholeDesignFit } from './useWholeDesignFit';

const selectFitRequest = (s: EditorState) => s.fitRequest;
/** No request: the store counts them from 1, and 0 is "none yet". */
const NOT_YET = -1;
const selectInLesson = (s: EditorState) => s.lessonSession !== null;
const selectPresenting = (s: EditorState) => s.presenting;
const selectLegendOpen = (s: EditorState) => s.legendOpen;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

/**
 * Fits the whole design in view whenever the store asks (after an import or an
 * example); in a lesson, the nodes the step talks about, with a camera that
 * stays put when it already shows them (`useLessonCamera`) unless presentation
 * mode changed, and fits them
 * again when the canvas changes size much (a panel hidden, the window resized)
 * since it was last fitted (`REFIT_CHANGE`); a small change keeps a camera that
 * still shows the whole subject and fits one that does not (no jump, nothing
 * cut off); and it shows what it did not when a node of the subject arrives or
 * moves.
 * While `waiting` (for the automatic layout, or for the lines of the design,
 * which add the outside nodes such as "Anywhere"), the fit waits, and happens
 * when they land; unless the user takes the camera meanwhile (a pan, a zoom, a
 * card dragged: `tookCamera`, which the canvas calls), since a fit then would
 * move the design from under their hand. The whole design is framed by where
 * its `nodes` lie (`designBounds`), not by the cards React Flow holds: while
 * the cards of a large design arrive in parts (`drawing`), the camera is
 * already where they land, so each part is drawn once, at the level of detail
 * of the final zoom. A lesson's camera frames drawn cards: it waits for them.
 * Into or out of presentation mode (the side panel, the palette and the
 * header change), the fit happens once the canvas has been laid out at its
 * new size, never for the size of the mode left. While presenting, the app's
 * last camera move (this fit, or a move to some nodes: Find, Show) is made
 * again when the canvas changes size (full screen, the side panel toggled),
 * at the desk too when the legend's strip opens or closes under it, while the
 * camera is still where it put it (`aim`);
 * one moved by hand is left alone.
 * A canvas that comes back (from the Matrix) with the camera it `kept` makes only the fits asked
 * for since it went (an import, a lesson's step); when it goes, it keeps its camera in the store.
 * Returns `tookCamera`.
 */
export function useFitOnRequest(
  waiting: boolean,
  drawing: boolean,
  nodes: readonly CanvasNode[],
  aim: CameraAim,
  kept: KeptCamera | null,
): () => void {
  const request = useEditorStore(selectFitRequest);
  const inLesson = useEditorStore(selectInLesson);
  const presenting = useEditorStore(selectPresenting);
  const legendOpen = useEditorStore(selectLegendOpen);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const flow = useStoreApi();
  const editor = useEditorApi();
  const wholeFit = useWholeDesignFit(nodes, presenting, aim);
  const lessonCamera = useLessonCamera();
  const fittedFor = useRef(kept?.presenting ?? presenting);
  // The canvas size the camera was last fitted for: a window resized in many small steps
  // (an edge dragged) adds up to a large change, fitted again as one would be.
  const fittedSize = useRef({ width, height });
  // Each request is fitted once: the lines of every later edit must not move the camera. A
  // canvas back with its camera has answered the requests it had; one mounted with a design on
  // show and no camera kept frames it as if asked, even when nothing ever asked (a design drawn
  // by hand); one mounted empty waits for a request.
  const fitted = useRef(
    kept === null
      ? { request: nodes.length > 0 ? NOT_YET : 0, presenting }
      : { request: kept.fitRequest, presenting: kept.presenting },
  );
  // The request pending now, and the mode.
  const requestNow = useRef({ request, presenting });
  requestNow.current = { request, presenting };
  // The request pending, and the mode, when the user last took the camera: a fit asked for in
  // that mode is theirs to drop (a zoom right after Present too), one for another mode is not.
  const taken = useRef({ request: NOT_YET, presenting });
  const tookCamera = useCallback(() => {
    taken.current = requestNow.current;
  }, []);
  // The canvas goes: its camera, and the request it answered (fitted, or taken by the user's
  // hand since it was asked; a fit still waiting is made when the canvas is back).
  useEffect(
    () => () => {
      const now = requestNow.current;
      const took =
        taken.current.request === now.request && taken.current.presenting === now.presenting;
      const answered = took ? now : fitted.current;
      const [x, y, zoom] = flow.getState().transform;
      editor.getState().keepCanvasCamera({
        x,
        y,
        zoom,
        fitRequest: answered.request,
        presenting: answered.presenting,
      });
    },
    [flow, editor],
  );
  const lessonWaiting = waiting || (inLesson && drawing);
  useEffect(() => {
    if (lessonWaiting) return;
    const done = fitted.current;
    if (done.request === request && done.presenting === presenting) return;
    // Taken by the user since the request (before the fit or while it waits for a frame or for
    // the canvas's new size): dropped.
    const dropped = () => {
      if (taken.current.request !== request || taken.current.presenting !== presenting)
        return false;
      fitted.current = { request, presenting };
      fittedFor.current = presenting;
      return true;
    };
    if (dropped()) return;
    // Into or out of presentation the type and the limits change: fit, do not stay.
    const modeChanged = fittedFor.current !== presenting;
    const fit = () => {
      if (dropped()) return;
      const { width: w, height: h } = flow.getState();
      fitted.current = { request, presenting };
      fittedSize.current = { width: w, height: h };
      fittedFor.current = presenting;
      if (lessonCamera(modeChanged ? 'fit' : 'steady')) aim.forget();
      // Presenting a focus shows the focus, at the presented names' size, not the whole design.
      else if (!(modeChanged && frameNeighbourhood(editor.getState()))) wholeFit();
    };
    // The side panel, the palette and the header change with the mode: the canvas has its new
    // size only once the browser has laid the page out again (read in a frame, the size of the
    // mode left framed a presented design for the editing canvas's width).
    const { domNode } = flow.getState();
    if (modeChanged && domNode !== null) return afterLaidOut(domNode, fit);
    const frame = requestAnimationFrame(fit);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [request, lessonWaiting, presenting, lessonCamera, flow, editor, wholeFit, aim]);

  // Whether the legend's strip was open when the canvas's size was last taken in: opened or
  // closed, it takes room from the canvas or gives it back, and what the app framed follows.
  const legendNow = useRef(legendOpen);
  legendNow.current = legendOpen;
  const legendAt = useRef(legendOpen);

  const steady = useCallback(() => {
    lessonCamera('steady');
  }, [lessonCamera]);
  useSubjectWatch(steady, lessonWaiting);

  useEffect(() => {
    const legendMoved = legendAt.current !== legendNow.current;
    legendAt.current = legendNow.current;
    const before = fittedSize.current;
    const first = before.width === 0 || before.height === 0;
    if (first) fittedSize.current = { width, height };
    // Into or out of presentation, the fit for the mode is on its way, at the new size.
    const modeFit = fittedFor.current !== presenting;
    if (lessonWaiting || first || modeFit) return;
    if (!inLesson) {
      // What the app framed while presenting follows its room (the window made full screen, the
      // side panel shown or hidden), and at the desk the room the legend takes or gives back; a
      // camera the user moved stays where it is.
      if (presenting || legendMoved) aim.follow();
      return;
    }
    if (before.width === width && before.height === height) return;
    const much = frameChangedMuch(before, { width, height });
    const frame = requestAnimationFrame(() => {
      if (much) fittedSize.current = { width, height };
      lessonCamera(much ? 'fit' : 'steady');
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [width, height, inLesson, lessonWaiting, lessonCamera, presenting, aim]);

  return tookCamera;
}
