import { useEffect } from 'react';
import { selectChangedSinceSaved, useEditorStore } from '../store';
import type { EditorState } from '../store';

export const APP_NAME = 'netpol-canvas';

/** Before the design's name in the tab: edited since its file was saved or opened. */
export const CHANGED_MARK = '●';

const selectTitle = (s: EditorState) => s.doc.title;
const selectLessonTitle = (s: EditorState) => s.lessonSession?.lesson.title;

/** What the tab's title says: the design's name (or a lesson's), and whether it was changed. */
export interface TabTitle {
  readonly title: string | undefined;
  /** The lesson on show, whose design is not the user's. */
  readonly lesson?: string | undefined;
  /** Changed since the user saved it to a file or opened one (`selectChangedSinceSaved`). */
  readonly changed?: boolean;
}

/**
 * The tab's title: the design's name, then the app's ("Shop · netpol-canvas"), marked when the
 * design was changed since its file was saved or opened ("● Shop · netpol-canvas"); during a
 * lesson, the lesson's ("Lesson: Outside the cluster · netpol-canvas"), whose design is on show.
 */
export function tabTitleOf({ title, lesson, changed = false }: TabTitle): string {
  if (lesson !== undefined) return `Lesson: ${lesson} · ${APP_NAME}`;
  const mark = changed ? `${CHANGED_MARK} ` : '';
  return `${mark}${title === undefined ? APP_NAME : `${title} · ${APP_NAME}`}`;
}

/** Keeps the tab's title (`document.title`) on the open design's or lesson's name. */
export function useDocumentTitle(): void {
  const title = useEditorStore(selectTitle);
  const lesson = useEditorStore(selectLessonTitle);
  const changed = useEditorStore(selectChangedSinceSaved);
  useEffect(() => {
    document.title = tabTitleOf({ title, lesson, changed });
  }, [title, lesson, changed]);
}
