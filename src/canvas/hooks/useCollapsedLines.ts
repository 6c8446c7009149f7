import {
  collapsedLinesOf,
  selectCollapsedDrawn,
  selectFlowGroups,
  useEditorStore,
} from '../../store';
import type { CollapsedLines, EditorState, FlowGroup } from '../../store';

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
