import { useMemo, useState } from 'react';
import { selectNeighbourhood, useEditorStore } from '../../store';
import { litNodeIds } from '../neighbourhoodLit';
import { litBoxIds, neighbourhoodMarker } from '../neighbourhoodMarks';
import type { Drawn } from '../neighbourhoodMarks';

const NONE: readonly string[] = [];

/**
 * What React Flow draws while the canvas focuses on a workload's neighbourhood (its flows in
 * and out, its allowed paths while it is selected, and their other ends): `drawn` with those
 * nodes and lines marked lit, whether the canvas dims the rest (`dimming`, its root's
 * `data-focus`), and the lit opened namespaces' boxes (`litBoxes`, whose headers its veil
 * leaves to the pointer); `drawn` as it is when nothing is focused. What is lit is worked out
 * on `all`, the canvas's nodes and lines, those still to be mounted included.
 */
export function useNeighbourhoodDim(
  all: Drawn,
  drawn: Drawn,
): Drawn & { dimming: boolean; litBoxes: readonly string[] } {
  const hood = useEditorStore(selectNeighbourhood);
  const [mark] = useState(neighbourhoodMarker);
  const lit = useMemo(
    () => (hood === null ? null : litNodeIds(all.nodes, all.edges, hood)),
    [hood, all.nodes, all.edges],
  );
  const { nodes, edges } = drawn;
  return useMemo(() => {
    if (hood === null || lit === null) return { nodes, edges, dimming: false, litBoxes: NONE };
    return { ...mark({ nodes, edges }, hood, lit), dimming: true, litBoxes: litBoxIds(nodes, lit) };
  }, [mark, hood, lit, nodes, edges]);
}
