import { useEffect } from 'react';
import { useEditorStore } from '../store';
import type { EditorState } from '../store';

export const APP_NAME = 'netpol-canvas';

const selectTitle = (s: EditorState) => s.doc.title;

/** The tab's title: the design's name, then the app's ("Shop · netpol-canvas"). */
export function tabTitleOf(title: string | undefined): string {
  return title === undefined ? APP_NAME : `${title} · ${APP_NAME}`;
}

/** Keeps the tab's title (`document.title`) on the open design's name. */
export function useDocumentTitle(): void {
  const title = useEditorStore(selectTitle);
  useEffect(() => {
    document.title = tabTitleOf(title);
  }, [title]);
}
