import { useMemo } from 'react';
import {
  collapsedLinesOf,
  selectCollapsedDrawn,
  selectFlowGroups,
  useEditorStore,
} from '../../store';
import type { CollapsedLines, EditorState, FlowGroup } from '../../store';
import { inNextTask } from './nextTask';
import { useAfterPaint } from './useAfterPaint';

const selectDerivedLines = (s: EditorState) => s.derived?.lines ?? null;

interface Cached {
  readonly collapsed: readonly string[];
  readonly lines: CollapsedLines;
}

/** The last answer per set of lines, shared by the nodes and the edges of the canvas. */
const cache = new WeakMap<readonly FlowGroup[], Cached>();

/**
 * The lines with collapsed namespaces summarised, recomputed when the lines or
 * the set change: read from the worker's answer when it summarised the same set.
 * A namespace opening (expanded, its layout not answered yet) is still drawn
 * collapsed: its size, place and summarised lines until its workloads have
 * their places.
 */
export function useCollapsedLines(): { lines: CollapsedLines; collapsed: readonly string[] } {
  const groups = useEditorStore(selectFlowGroups);
  const collapsed = useEditorStore(selectCollapsedDrawn);
  const derivedLines = useEditorStore(selectDerivedLines);
  let cached = cache.get(groups);
  if (cached?.collapsed !== collapsed) {
    cached = { collapsed, lines: collapsedLinesOf(groups, collapsed, derivedLines) };
    cache.set(groups, cached);
  }
  return { lines: cached.lines, collapsed };
}

/**
 * `useCollapsedLines` for the canvas's lines: when boxes open or close (Expand all's layout
 * landing, Collapse all) and the design's lines stay the same, the lines drawn for the new set
 * come in a render of their own, in the task after the one that opens or closes the boxes (not
 * React's deferred render: the parts of cards that follow put it off, each restarting it, until
 * React drew it whole in one task, seconds later). On the expanded
 * 1,000-workload design building the 2,740 lines between the opened cards (`toFlowEdges`) was a
 * fifth of the task in which Expand all's layout lands, on top of building every card and
 * committing the opened boxes; the boxes' cards come in parts after a paint anyway, and a line
 * only to cards not drawn yet is not drawn. An edit (new lines) is drawn at once, as before.
 */
export function useCollapsedLinesAfterBoxes(): {
  lines: CollapsedLines;
  collapsed: readonly string[];
} {
  const groups = useEditorStore(selectFlowGroups);
  const { lines, collapsed } = useCollapsedLines();
  const now = useMemo(() => ({ groups, lines, collapsed }), [groups, lines, collapsed]);
  const later = useAfterPaint(now, inNextTask);
  return later.groups === groups ? later : now;
}
