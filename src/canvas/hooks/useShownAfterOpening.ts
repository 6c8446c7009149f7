import { useRef } from 'react';
import { useEditorStore } from '../../store';
import type { Doc } from '../../model';
import type { EditorState } from '../../store';
import { useAfterPaint } from './useAfterPaint';

/** The design on show when it was just opened whole (Open file, a drop, Paste YAML), else null. */
const selectOpened = (s: EditorState): Doc | null =>
  s.savedCopy?.how === 'opened' && s.savedCopy.doc === s.doc ? s.doc : null;

/**
 * `shown` (the canvas's nodes and lines), held back while a design just
 * opened waits for its first paint: the store update that takes it, a render
 * React cannot split, paints the panels and the status line with the canvas
 * as it was, and the new design's canvas is drawn in the task after that
 * frame. Opening a large design was one task of 90 ms or more; an edit, a
 * drag or a pick is never held.
 */
export function useShownAfterOpening<T>(shown: T): T {
  const opened = useEditorStore(selectOpened);
  const painted = useAfterPaint(opened);
  const held = opened !== null && painted !== opened;
  const kept = useRef(shown);
  if (!held) kept.current = shown;
  return kept.current;
}
