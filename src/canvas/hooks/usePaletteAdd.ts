import { useCallback } from 'react';
import type { Position } from '../../store';
import { useEditorApi } from '../../store';
import type { NamespaceBox } from '../canvasGeometry';
import { paletteDrop } from '../paletteDrop';
import { useTakenBoxes } from './useTakenBoxes';
import type { PaletteKind } from '../paletteDrop';

/**
 * Adds a palette item (dropped at a point, or placed automatically) and
 * selects it; a dropped item moves off the nodes already there.
 */
export function usePaletteAdd(): (
  kind: PaletteKind,
  point: Position | null,
  boxes: readonly NamespaceBox[],
  namespace?: string,
) => void {
  const api = useEditorApi();
  const taken = useTakenBoxes();
  return useCallback(
    (kind, point, boxes, namespace) => {
      const state = api.getState();
      const plan = paletteDrop(state.doc, kind, point, boxes, namespace, taken());
      state.dispatch(plan.edit, { [plan.id]: null, ...plan.positions });
      state.select({ kind: 'node', id: plan.id });
      state.openPanel('inspector');
      if (point === null) state.requestFit();
    },
    [api, taken],
  );
}
