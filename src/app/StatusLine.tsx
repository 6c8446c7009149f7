import { useEditorStore } from '../store';
import type { EditorState } from '../store';

const selectNotice = (s: EditorState) => s.notice;

/** The last message: what was imported, or why nothing was. */
export function StatusLine() {
  const notice = useEditorStore(selectNotice);
  return (
    <footer className={`app-status ${notice?.tone === 'error' ? 'is-error' : ''}`} role="status">
      {notice?.text ??
        'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.'}
    </footer>
  );
}
