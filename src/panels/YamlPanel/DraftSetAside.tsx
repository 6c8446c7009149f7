import { plural } from '../../engine';
import { collapsedOnOpen, positionsFromDoc, useEditorApi } from '../../store';
import { designNamed, draftParsed } from './yamlDraftText';
import type { YamlDraft } from '../../store';

interface DraftSetAsideProps {
  readonly draft: YamlDraft;
  /** The draft is done with: copied and thrown away, or opened. */
  readonly onDrop: (draft: YamlDraft) => void;
}

/**
 * A draft typed over a design opened before the one on screen: what became of it, and what the
 * user may do with it (copy it, open it as a design of its own, throw it away). Apply never puts
 * it over the design on screen.
 */
export function DraftSetAside({ draft, onDrop }: DraftSetAsideProps) {
  const api = useEditorApi();
  const name = designNamed(draft.doc);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.text);
      api
        .getState()
        .notify({ tone: 'info', text: `Your YAML edits of ${name} are on the clipboard.` });
    } catch (_denied) {
      api.getState().notify({ tone: 'error', text: 'The browser did not allow copying.' });
    }
  };
  // Read only when asked: a large design's edits take a long task to read.
  const open = () => {
    const parsed = draftParsed(draft.text);
    if (!parsed.ok) {
      const errors = parsed.issues.filter((i) => i.severity === 'error').length;
      api.getState().notify({
        tone: 'error',
        text: `Your YAML edits of ${name} have ${plural(errors, 'problem')}: copy them to fix them.`,
      });
      return;
    }
    const state = api.getState();
    const before = designNamed(state.doc);
    const opened = positionsFromDoc(parsed.doc);
    const doc = { ...opened.doc, title: `${draft.doc.title ?? 'Untitled design'} (edited)` };
    // Opened as a file opens: one undo step, its own layout and collapsed namespaces, framed whole.
    state.openDoc(doc, opened.positions, undefined, collapsedOnOpen(doc));
    state.select(null);
    state.requestLayout('unplaced');
    state.requestFit();
    state.notify({
      tone: 'info',
      text: `Opened your YAML edits of ${name} as a design of their own. Undo brings back ${before}.`,
    });
    onDrop(draft);
  };
  return (
    <section className="yaml-set-aside" aria-label="YAML edits set aside">
      <p>
        Your YAML edits of {name} were set aside when another design opened: Apply does not put them
        over this one.
      </p>
      <div className="yaml-set-aside-actions">
        <button type="button" onClick={() => void copy()}>
          Copy them
        </button>
        <button type="button" onClick={open}>
          Open as a design
        </button>
        <button
          type="button"
          onClick={() => {
            onDrop(draft);
          }}
        >
          Throw them away
        </button>
      </div>
    </section>
  );
}
