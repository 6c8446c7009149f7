import { selectFlowGroups, useEditorStore } from '../../store';
import type { EditorState, FlowGroup } from '../../store';
import { collapseLines } from '../collapse/collapseLines';
import type { CollapsedLines } from '../collapse/collapseLines';

const selectCollapsed = (s: EditorState) => s.collapsed;

interface Cached {
  readonly collapsed: readonly string[];
  readonly lines: CollapsedLines;
}

/** The last answer per set of lines, shared by the nodes and the edges of the canvas. */
const cache = new WeakMap<readonly FlowGroup[], Cached>();

/** The lines with collapsed namespaces summarised, recomputed when the lines or the set change. */
export function useCollapsedLines(): { lines: CollapsedLines; collapsed: readonly string[] } {
  const groups = useEditorStore(selectFlowGroups);
  const collapsed = useEditorStore(selectCollapsed);
  let cached = cache.get(groups);
  if (cached?.collapsed !== collapsed) {
    cached = { collapsed, lines: collapseLines(groups, new Set(collapsed)) };
    cache.set(groups, cached);
  }
  return { lines: cached.lines, collapsed };
}
