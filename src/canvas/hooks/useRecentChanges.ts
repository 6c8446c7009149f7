import { useEffect, useRef, useState } from 'react';
import type { Evaluated, VerdictChange } from '../../engine';
import {
  CHANGES_WORKLOAD_LIMIT,
  changesOf,
  selectDoc,
  selectEnforced,
  selectIndex,
  selectViewDoc,
  useEditorApi,
  useEditorStore,
} from '../../store';
import type { EditorState } from '../../store';

/** The derivation worker's lines (with what changed), or undefined without a worker. */
const selectWorkerLines = (s: EditorState) => (s.derived === null ? undefined : s.derived.lines);

/** How long the changed paths stay highlighted. */
const SHOW_MS = 4000;

const NONE: readonly VerdictChange[] = [];

/**
 * "What changed": after each edit (undo and redo included), the connections
 * whose verdict it flipped, for a few seconds, so a user sees the side effects
 * of a policy that isolates a pod. The derivation worker sends them with the
 * lines; without a worker they are worked out here.
 */
export function useRecentChanges(): readonly VerdictChange[] {
  const api = useEditorApi();
  const doc = useEditorStore(selectDoc);
  const workerLines = useEditorStore(selectWorkerLines);
  /** Without enforcement (Flannel, no plugin) nothing an edit does changes what gets through. */
  const enforced = useEditorStore(selectEnforced);
  const previous = useRef<Evaluated | null>(null);
  const [changes, setChanges] = useState<readonly VerdictChange[]>(NONE);
  useEffect(() => {
    let found: readonly VerdictChange[];
    if (workerLines !== undefined) {
      // The worker's answer for this document (until it comes, the last highlight stays).
      if (workerLines?.doc !== doc) return;
      found = workerLines.changes;
    } else {
      const before = previous.current;
      const state = api.getState();
      // Compiled here only for a small design, to compare it with the one before.
      const view = selectViewDoc(state);
      const small = view.workloads.length <= CHANGES_WORKLOAD_LIMIT && state.doc === doc;
      const after = small ? { doc: view, index: selectIndex(state) } : null;
      previous.current = after;
      if (before === null || after === null || before.doc === view) return;
      found = changesOf(before, after);
    }
    const show = setTimeout(() => {
      setChanges(found.length === 0 ? NONE : found);
    }, 0);
    const hide = setTimeout(() => {
      setChanges(NONE);
    }, SHOW_MS);
    return () => {
      clearTimeout(show);
      clearTimeout(hide);
    };
  }, [doc, workerLines, api]);
  return enforced ? changes : NONE;
}
