import { useEffect, useRef, useState } from 'react';
import { verdictChanges } from '../../engine';
import type { Evaluated, VerdictChange } from '../../engine';
import { selectViewDoc, selectEnforced, selectIndex, useEditorStore } from '../../store';

/** Above this many workloads, "what changed" is not computed after each edit (it compares every pair). */
const WORKLOAD_LIMIT = 200;
/** How long the changed paths stay highlighted. */
const SHOW_MS = 4000;

const NONE: readonly VerdictChange[] = [];

/**
 * "What changed": after each edit (undo and redo included), the connections
 * whose verdict it flipped, for a few seconds, so a user sees the side effects
 * of a policy that isolates a pod.
 */
export function useRecentChanges(): readonly VerdictChange[] {
  const doc = useEditorStore(selectViewDoc);
  const index = useEditorStore(selectIndex);
  /** Without enforcement (Flannel, no plugin) nothing an edit does changes what gets through. */
  const enforced = useEditorStore(selectEnforced);
  const previous = useRef<Evaluated | null>(null);
  const [changes, setChanges] = useState<readonly VerdictChange[]>(NONE);
  useEffect(() => {
    const before = previous.current;
    const after = { doc, index };
    previous.current = after;
    if (before === null || before.doc === doc) return;
    const small = doc.workloads.length <= WORKLOAD_LIMIT;
    const found =
      small && before.doc.workloads.length <= WORKLOAD_LIMIT ? verdictChanges(before, after) : [];
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
  }, [doc, index]);
  return enforced ? changes : NONE;
}
