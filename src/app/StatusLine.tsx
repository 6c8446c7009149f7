import type { VerdictChange } from '../engine';
import {
  selectCollapsedCount,
  selectDoc,
  selectEnforced,
  selectLayingOut,
  useEditorStore,
} from '../store';
import type { EditorState } from '../store';
import { statusText } from './changesText';
import { ImportProgress } from './import/ImportProgress';
import { useImportText } from './import/useImportText';
import { StatusText } from './StatusText';

const selectNotice = (s: EditorState) => s.notice;
const selectImporting = (s: EditorState) => s.importing;
const NONE: readonly VerdictChange[] = [];
/** What the latest edit allowed and blocked, as the derivation worker found it for this design. */
const selectEditChanges = (s: EditorState) => {
  const lines = s.derived?.lines;
  return lines !== null && lines !== undefined && lines.doc === s.doc ? lines.changes : NONE;
};

/**
 * The last message: the latest edit and what it allowed and blocked, what was imported, or why
 * nothing was; while a design is imported, how that goes, with its progress and Cancel. One
 * message element in every case, so a keyboard user reading it when an import starts (or ends)
 * stays on it: Tab goes on to Cancel import.
 */
export function StatusLine() {
  const notice = useEditorStore(selectNotice);
  const importing = useEditorStore(selectImporting);
  const doc = useEditorStore(selectDoc);
  const changes = useEditorStore(selectEditChanges);
  const enforced = useEditorStore(selectEnforced);
  const collapsed = useEditorStore(selectCollapsedCount);
  const laying = useEditorStore(selectLayingOut);
  const importText = useImportText(importing);
  const tone = importing !== null ? 'is-busy' : notice?.tone === 'error' ? 'is-error' : '';
  return (
    <footer className={`app-status ${tone}`} role="status">
      <StatusText
        text={
          importText ??
          statusText(notice, doc, enforced ? changes : NONE, collapsed, laying) ??
          'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.'
        }
      />
      {importing !== null && <ImportProgress status={importing} />}
    </footer>
  );
}
