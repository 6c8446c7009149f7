import { useState } from 'react';
import type { DocEdit } from '../engine';
import { applyEdit, compilePolicies, connectivityCounts } from '../engine';
import {
  selectDoc,
  selectEnforced,
  selectIndex,
  selectViewDoc,
  useEditorApi,
  useEditorStore,
} from '../store';
import type { EditorState } from '../store';

const plural = (n: number) => `${n} connection${n === 1 ? '' : 's'}`;

/**
 * "Deleting this policy would allow 14 connections and block none": the same count the
 * connectivity diff gives (`netpol-canvas diff`), worked out when asked, for the design
 * shown and that design with `edit` applied.
 */
export function deletionPreviewText(state: EditorState, edit: DocEdit, what: string): string {
  if (!selectEnforced(state)) {
    return `With this network plugin no policy is enforced: deleting ${what} would change no connection.`;
  }
  const doc = selectViewDoc(state);
  const after = applyEdit(doc, edit);
  const counts = connectivityCounts(
    { doc, index: selectIndex(state) },
    { doc: after, index: compilePolicies(after) },
  );
  const allow = counts.newlyAllowed === 0 ? 'none' : plural(counts.newlyAllowed);
  const block = counts.newlyBlocked === 0 ? 'none' : plural(counts.newlyBlocked);
  if (counts.newlyAllowed === 0 && counts.newlyBlocked === 0) {
    return `Deleting ${what} would change no connection.`;
  }
  if (counts.newlyAllowed === 0) return `Deleting ${what} would block ${block} and allow none.`;
  return `Deleting ${what} would allow ${allow} and block ${block}.`;
}

/** A button that tells what a deletion would allow and block before it is made. */
export function DeletionPreview({ edit, what }: { edit: DocEdit; what: string }) {
  const api = useEditorApi();
  const [text, setText] = useState<{ doc: unknown; text: string } | null>(null);
  const doc = useEditorStore(selectDoc);
  const shown = text !== null && text.doc === doc ? text.text : null;
  return (
    <>
      <button
        type="button"
        onClick={() => {
          const state = api.getState();
          setText({ doc: state.doc, text: deletionPreviewText(state, edit, what) });
        }}
      >
        Preview deletion
      </button>
      {shown !== null && (
        <p className="deletion-preview" role="status">
          {shown}
        </p>
      )}
    </>
  );
}
