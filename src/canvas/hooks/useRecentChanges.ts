import { useEffect, useRef, useState } from 'react';
import type { Evaluated, VerdictChange } from '../../engine';
import type { Doc } from '../../model';
import {
  changesOf,
  changesWorkedOut,
  selectDoc,
  selectEnforced,
  selectIndex,
  selectViewDoc,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';
import { changeIsMarked, stepKeyOf } from '../changeMarks';
import type { LessonStepKey } from '../changeMarks';

/** The derivation worker's lines (with what changed), or undefined without a worker. */
const selectWorkerLines = (s: EditorState) => (s.derived === null ? undefined : s.derived.lines);
const selectLesson = (s: EditorState) => s.lessonSession?.lesson ?? null;
const selectStepIndex = (s: EditorState) => s.lessonSession?.stepIndex ?? -1;

/** How long the changed paths stay highlighted. */
const SHOW_MS = 4000;

const NONE: readonly VerdictChange[] = [];

/**
 * "What changed": after each edit (undo and redo included), the connections
 * whose verdict it flipped, for a few seconds, so a user sees the side effects
 * of a policy that isolates a pod. In a lesson they stay until the next step
 * (the trainer is still talking about them). The derivation worker sends them
 * with the lines; without a worker they are worked out here.
 */
export function useRecentChanges(): readonly VerdictChange[] {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const workerLines = useEditorStore(selectWorkerLines);
  /** Without enforcement (Flannel, no plugin) nothing an edit does changes what gets through. */
  const enforced = useEditorStore(selectEnforced);
  const lesson = useEditorStore(selectLesson);
  const stepIndex = useEditorStore(selectStepIndex);
  const previous = useRef<Evaluated | null>(null);
  /** The document whose changes were worked out last, and its lesson step. */
  const lastDoc = useRef<Doc | null>(null);
  const lastStep = useRef<LessonStepKey | null>(null);
  /** The worker's lines whose changes were shown last. */
  const lastLines = useRef<object | null | undefined>(undefined);
  /** The document that came last, and the step it came in, answered by the worker or not yet. */
  const cameDoc = useRef<Doc | null>(null);
  const cameStep = useRef<LessonStepKey | null>(null);
  const marked = useRef(true);
  const [changes, setChanges] = useState<readonly VerdictChange[]>(NONE);
  useEffect(() => {
    const step = stepKeyOf(api.getState().lessonSession);
    // Whether a design's changes are marked is decided when it comes, by the step of the design
    // before it: a Next clicked before the worker answered that design is still a step.
    if (cameDoc.current !== doc) marked.current = changeIsMarked(cameStep.current, step);
    cameDoc.current = doc;
    cameStep.current = step;
    // A design derived before (an undo, a redo) is drawn at once with no changes; the
    // worker's answer for it, what the step flipped, then comes as new lines of the same design.
    const answered = workerLines?.doc === doc && workerLines !== lastLines.current;
    if (lastDoc.current === doc && !answered) {
      // Only the step moved (two steps show one design): nothing changed since.
      if (lastStep.current?.step === step?.step) return;
      lastStep.current = step;
      const clear = setTimeout(() => {
        setChanges(NONE);
      }, 0);
      return () => {
        clearTimeout(clear);
      };
    }
    let found: readonly VerdictChange[];
    if (workerLines !== undefined) {
      // The worker's answer for this document (until it comes, the last highlight stays).
      if (workerLines?.doc !== doc) return;
      found = workerLines.changes;
    } else {
      const before = previous.current;
      const state = api.getState();
      // Compiled here only for a small design, to compare it with the one before.
      const view = selectViewDoc(state);
      const small = changesWorkedOut(view) && state.doc === doc;
      const after = small ? { doc: view, index: selectIndex(state) } : null;
      previous.current = after;
      if (before === null || after === null || before.doc === view) {
        lastDoc.current = doc;
        lastStep.current = step;
        return;
      }
      found = changesOf(before, after);
    }
    if (!marked.current) found = NONE;
    lastLines.current = workerLines;
    lastDoc.current = doc;
    lastStep.current = step;
    const show = setTimeout(() => {
      setChanges(found.length === 0 ? NONE : found);
    }, 0);
    // In a lesson the marks stay until the next step (the next document).
    const hide =
      step === null
        ? setTimeout(() => {
            setChanges(NONE);
          }, SHOW_MS)
        : undefined;
    return () => {
      clearTimeout(show);
      clearTimeout(hide);
    };
  }, [doc, workerLines, api, lesson, stepIndex]);
  return enforced ? changes : NONE;
}
