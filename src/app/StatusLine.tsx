import type { VerdictChange } from '../engine';
import { selectCollapsedCount, selectDoc, selectEnforced, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { statusText } from './changesText';
import { ImportProgress } from './import/ImportProgress';
import { StatusText } from './StatusText';

const selectNotice = (s: EditorState) => s.notice;
const selectImporting = (s: EditorState) => s.importing;
const selectSomeCollapsed = (s: EditorState) => selectCollapsedCount(s) > 0;
const NONE: readonly VerdictChange[] = [];
/** What the latest edit allowed and blocked, as the derivation worker found it for this design. */
const selectEditChanges = (s: EditorState) => {
  const lines = s.derived?.lines;
  return lines !== null && lines !== undefined && lines.doc === s.doc ? lines.changes : NONE;
};

/** The last message: the latest edit and what it allowed and blocked, what was imported, or why nothing was. */
export function StatusLine() {
  const notice = useEditorStore(selectNotice);
  const importing = useEditorStore(selectImporting);
  const doc = useEditorStore(selectDoc);
  const changes = useEditorStore(selectEditChanges);
  const enforced = useEditorStore(selectEnforced);
  const collapsed = useEditorStore(selectSomeCollapsed);
  if (importing !== null) {
    return (
      <footer className="app-status is-busy" role="status">
        <ImportProgress status={importing} />
      </footer>
    );
  }
  return (
    <footer className={`app-status ${notice?.tone === 'error' ? 'is-error' : ''}`} role="status">
      <StatusText
        text={
          statusText(notice, doc, enforced ? changes : NONE, collapsed) ??
          'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.'
        }
      />
    </footer>
  );
}
