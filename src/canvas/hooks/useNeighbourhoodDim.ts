import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { selectFoundHood, selectNeighbourhood, selectWalkHood, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { markLitWrappers } from '../litWrappers';
import { litNodeIds } from '../neighbourhoodLit';
import { litBoxIds, litMarksOf, sameLitMarks } from '../neighbourhoodMarks';
import type { Drawn, LitMarks } from '../neighbourhoodMarks';

const NONE: readonly string[] = [];
const selectDomNode = (s: ReactFlowState) => s.domNode;
/**
 * A walked connection (its ends and line), else a focus's neighbourhood, else the workloads Find
 * found by a label: lit the same way.
 */
const selectLit = (s: EditorState) =>
  selectWalkHood(s) ?? selectNeighbourhood(s) ?? selectFoundHood(s);

/**
 * Whether the canvas focuses on a workload's neighbourhood (its flows in and out, its allowed
 * paths while it is selected, and their other ends) and dims the rest (`dimming`, its root's
 * `data-focus`), and the lit opened namespaces' boxes (`litBoxes`, whose headers its veil leaves
 * to the pointer). What is lit is worked out on `all`, the canvas's nodes and lines, those still
 * to be mounted included, and marked on the elements React Flow draws (`litWrappers.ts`), before
 * the frame is painted; `drawn`, what React Flow holds, is never changed. The workloads Find
 * found by a label are lit the same way (`selectFoundHood`), and a walked connection
 * (`selectWalkHood`).
 */
export function useNeighbourhoodDim(
  all: Drawn,
  drawn: Drawn,
): { dimming: boolean; litBoxes: readonly string[] } {
  const hood = useEditorStore(selectLit);
  const { nodes: allNodes, edges: allEdges } = all;
  const lit = useMemo(
    () => (hood === null ? null : litNodeIds(allNodes, allEdges, hood)),
    [hood, allNodes, allEdges],
  );
  const worked = useMemo(
    () =>
      hood === null || lit === null
        ? null
        : litMarksOf({ nodes: allNodes, edges: allEdges }, hood, lit),
    [allNodes, allEdges, hood, lit],
  );
  // The same marks as before keep their object, so the elements are not marked again (a card
  // dragged while the focus lasts hands the canvas new nodes at every move).
  const kept = useRef<LitMarks | null>(null);
  const marks =
    worked !== null && kept.current !== null && sameLitMarks(worked, kept.current)
      ? kept.current
      : worked;
  useLayoutEffect(() => {
    kept.current = marks;
  }, [marks]);
  const root = useStore(selectDomNode);
  const viewport = useMemo(() => root?.querySelector('.react-flow__viewport') ?? null, [root]);
  useLayoutEffect(
    () => (marks === null || viewport === null ? undefined : markLitWrappers(viewport, marks)),
    [marks, viewport],
  );
  const { nodes } = drawn;
  return useMemo(
    () =>
      lit === null
        ? { dimming: false, litBoxes: NONE }
        : { dimming: true, litBoxes: litBoxIds(nodes, lit) },
    [lit, nodes],
  );
}
