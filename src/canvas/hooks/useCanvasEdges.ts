import { useMemo, useState } from 'react';
import {
  COMPARED_LINES_DRAWN,
  isHiddenNode,
  lessonRevealShows,
  selectComparedLines,
  nodeIdOfEnd,
  selectLessonLineGroups,
  selectLessonStep,
  selectPathGroups,
  selectSelection,
  useEditorStore,
} from '../../store';
import type { FlowEdge } from '../reactFlowTypes';
import { sharer } from '../sharedById';
import { useRecentChanges } from './useRecentChanges';
import { faded, toFlowEdges } from '../toFlowEdges';
import { summaryEdges } from '../collapse/summaryEdges';
import { pathSummaries } from '../collapse/pathSummaries';
import { linesDrawnOf } from '../collapse/linesDrawn';
import { useAfterPaint } from './useAfterPaint';
import { useCollapsedLinesAfterBoxes } from './useCollapsedLines';
import type { EditorState } from '../../store';

/** While a lesson step is revealed line by line: how far (null: not revealing). */
const selectRevealed = (s: EditorState) => (s.revealing ? s.revealed : null);
const selectDoc = (s: EditorState) => s.doc;
/** While a comparison is open, its changed pairs (else null). */
const selectCompared = (s: EditorState) => (s.comparing === null ? null : selectComparedLines(s));

/** The flow edges, derived from the policies' rules; an edge that looks the same keeps its object. */
export function useCanvasEdges(): FlowEdge[] {
  const [share] = useState(sharer<FlowEdge>);
  // Boxes opening or closing first, their lines in the next render (Expand all's landing).
  const { lines, collapsed } = useCollapsedLinesAfterBoxes();
  // After a paint: a pick shows in the Inspector first; the picked node's paths, then its lines.
  const pathGroups = useAfterPaint(useEditorStore(selectPathGroups));
  const lessonGroups = useEditorStore(selectLessonLineGroups);
  const changes = useRecentChanges();
  const compared = useEditorStore(selectCompared);
  const selection = useAfterPaint(useEditorStore(selectSelection));
  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;
  const selectedEdgeId = selection?.kind === 'flow' ? selection.id : null;
  const step = useEditorStore(selectLessonStep);
  const revealed = useEditorStore(selectRevealed);
  const doc = useEditorStore(selectDoc);
  const all = useMemo(() => {
    const closed = new Set(collapsed);
    const shows = (ids: readonly string[]) => ids.every((id) => !isHiddenNode(id, closed));
    const drawn = linesDrawnOf(lines, collapsed, { node: selectedNodeId, edge: selectedEdgeId });
    const edges = toFlowEdges({
      groups: drawn.shown,
      pathGroups: pathGroups.filter((g) => shows([g.source, g.target])),
      lessonGroups: lessonGroups.filter((g) => shows([g.source, g.target])),
      selectedNodeId,
      selectedEdgeId,
      changes: changes.filter((c) => shows([nodeIdOfEnd(c.from), nodeIdOfEnd(c.to)])),
      compared:
        compared === null
          ? null
          : compared.filter(
              (l) =>
                (compared.length <= COMPARED_LINES_DRAWN ||
                  l.id === selectedEdgeId ||
                  l.source === selectedNodeId ||
                  l.target === selectedNodeId) &&
                shows([l.source, l.target]),
            ),
    });
    // The picked workload's connections into collapsed boxes are counted on a line to each.
    const taken = new Set<string>([...drawn.shown, ...drawn.summaries].map((l) => l.id));
    const waiting = pathSummaries(pathGroups, closed, taken);
    const summaries = summaryEdges([...drawn.summaries, ...waiting], selectedNodeId);
    return share([...edges, ...(compared === null ? summaries : summaries.map(faded))]);
  }, [
    share,
    lines,
    collapsed,
    pathGroups,
    lessonGroups,
    selectedNodeId,
    selectedEdgeId,
    changes,
    compared,
  ]);
  // Revealing a step: the lines of the connections it has not reached yet wait.
  return useMemo(() => {
    if (revealed === null || step === null) return all;
    const shows = lessonRevealShows(step, doc, revealed, all);
    return all.filter(shows);
  }, [all, step, doc, revealed]);
}
