import type { VerdictChange } from '../engine';
import {
  selectCollapsedCount,
  selectDoc,
  selectCameraOpening,
  selectEnforced,
  selectLayingOut,
  useEditorStore,
} from '../store';
import type { EditorState, ViewName } from '../store';
import { statusText } from './changesText';
import { ImportProgress } from './import/ImportProgress';
import { useImportText } from './import/useImportText';
import { StatusText } from './StatusText';

const selectNotice = (s: EditorState) => s.notice;
const selectView = (s: EditorState) => s.view;
const selectImporting = (s: EditorState) => s.importing;
const NONE: readonly VerdictChange[] = [];
/** What the latest edit allowed and blocked, as the derivation worker found it for this design. */
const selectEditChanges = (s: EditorState) => {
  const lines = s.derived?.lines;
  return lines !== null && lines !== undefined && lines.doc === s.doc ? lines.changes : NONE;
};

/** What the status line says when it has nothing else to say, in each view. */
const IDLE: Readonly<Record<ViewName, string>> = {
  canvas:
    'Every edit is evaluated at once. Click a line on the canvas to see why it is allowed or blocked.',
  matrix: 'Every edit is evaluated at once. Click a cell to see why it is allowed or blocked.',
};

/**
 * The last message: the latest edit and what it allowed and blocked, what was imported, or why
 * nothing was; while a design is imported, how that goes, with its progress and Cancel. One
 * message element in every case, so a keyboard user reading it when an import starts (or ends)
 * stays on it: Tab goes on to Cancel import. In the Matrix, nothing about the canvas: not its
 * collapsed boxes, its layout on the way, nor a note about what it shows (`Notice.ofCanvas`,
 * said again back on the canvas).
 */
export function StatusLine() {
  const view = useEditorStore(selectView);
  const onCanvas = view === 'canvas';
  const notice = useEditorStore(selectNotice);
  const importing = useEditorStore(selectImporting);
  const doc = useEditorStore(selectDoc);
  const changes = useEditorStore(selectEditChanges);
  const enforced = useEditorStore(selectEnforced);
  const collapsed = useEditorStore(selectCollapsedCount);
  const laying = useEditorStore(selectLayingOut);
  // Find or Show waiting for the box it opens: said where the hint to open one would be.
  const opening = useEditorStore(selectCameraOpening);
  const waiting = laying === null ? opening : opening === null ? laying : `${laying} ${opening}`;
  const importText = useImportText(importing);
  const tone = importing !== null ? 'is-busy' : notice?.tone === 'error' ? 'is-error' : '';
  return (
    <footer className={`app-status ${tone}`} role="status">
      <StatusText
        text={
          importText ??
          statusText(
            notice?.ofCanvas === true && !onCanvas ? null : notice,
            doc,
            enforced ? changes : NONE,
            onCanvas ? collapsed : 0,
            onCanvas ? waiting : null,
          ) ??
          IDLE[view]
        }
      />
      {importing !== null && <ImportProgress status={importing} />}
    </footer>
  );
}
