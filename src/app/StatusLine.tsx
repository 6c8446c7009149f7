import { useEditorStore } from '../store';
import type { EditorState } from '../store';
import { ImportProgress } from './import/ImportProgress';

const selectNotice = (s: EditorState) => s.notice;
const selectImporting = (s: EditorState) => s.importing;

/** The last message: what was imported, or why nothing was. */
export function StatusLine() {
  const notice = useEditorStore(selectNotice);
  const importing = useEditorStore(selectImporting);
  if (importing !== null) {
    return (
      <footer className="app-status is-busy" role="status">
        <ImportProgress status={importing} />
      </footer>
    );
  }
  return (
    <footer className={`app-status ${notice?.tone === 'error' ? 'is-error' : ''}`} role="status">
      {notice?.text ??
        'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.'}
    </footer>
  );
}
