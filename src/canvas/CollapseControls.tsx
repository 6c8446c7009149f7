import { Panel } from '@xyflow/react';
import { useMemo } from 'react';
import {
  OUTSIDE_GROUP_ID,
  collapsibleNames,
  selectCollapsedCount,
  selectLayingOut,
  selectNeighbourhood,
  selectSelection,
  useEditorApi,
  useEditorStore,
} from '../store';
import type { EditorState } from '../store';
import { collapseCountOf } from './collapse/collapseCount';
import { linesDrawnOf } from './collapse/linesDrawn';
import { useCollapsedLines } from './hooks/useCollapsedLines';
import type { CanvasNode } from './reactFlowTypes';

const selectNamespaceCount = (s: EditorState) => s.doc.namespaces.length;
const selectOutsideCollapsed = (s: EditorState) => s.collapsed.includes(OUTSIDE_GROUP_ID);
const selectPickedNode = (s: EditorState) => {
  const selection = selectSelection(s);
  return selection?.kind === 'node' ? selection.id : null;
};
const selectPickedEdge = (s: EditorState) => {
  const selection = selectSelection(s);
  return selection?.kind === 'flow' ? selection.id : null;
};

/**
 * `12345` as `12,345`. Not `toLocaleString`: its first call loads the
 * number-formatting tables, tens of milliseconds in the middle of the
 * render that first shows a large dump's overview.
 */
function countText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Expand all and Collapse all, at the foot of the canvas (between the zoom
 * controls and the minimap, in the margin a fitted view keeps free), with how many
 * boxes are collapsed (the namespaces, and the group outside the cluster: `collapseCountOf`)
 * and how to open one. Both act on the group too, pack the boxes again (collapsed ones are
 * small) and fit the design in view.
 */
export function CollapseControls({ nodes }: { readonly nodes: readonly CanvasNode[] }) {
  const api = useEditorApi();
  const total = useEditorStore(selectNamespaceCount);
  const collapsed = useEditorStore(selectCollapsedCount);
  const outsideCollapsed = useEditorStore(selectOutsideCollapsed);
  // The canvas's nodes, not those React Flow holds yet: the count is the same while they arrive.
  const outsideDrawn = useMemo(() => nodes.some((n) => n.id === OUTSIDE_GROUP_ID), [nodes]);
  const count = collapseCountOf(
    total,
    collapsed,
    outsideDrawn ? (outsideCollapsed ? 'collapsed' : 'open') : 'none',
  );
  // While the canvas focuses on a workload, its chip takes this place.
  const focused = useEditorStore(selectNeighbourhood) !== null;
  const { lines, collapsed: closed } = useCollapsedLines();
  const node = useEditorStore(selectPickedNode);
  const edge = useEditorStore(selectPickedEdge);
  const { held, busiest } = linesDrawnOf(lines, closed, { node, edge });
  // An opened design waiting for its layout has no box drawn yet: no count of them, no lines.
  const laying = useEditorStore(selectLayingOut) !== null;
  if (focused || (total < 2 && count.note === null)) return null;
  const all = (collapse: boolean) => {
    const state = api.getState();
    state.collapseStep(collapsibleNames(state.doc), collapse);
    state.requestLayout('boxes');
    state.requestFit();
  };
  return (
    <Panel
      position="bottom-center"
      className="nc-collapse-controls"
      role="group"
      aria-label="Namespaces"
    >
      {laying && <span className="nc-collapse-note">Laying out…</span>}
      {!laying && count.note !== null && (
        <span
          className="nc-collapse-note"
          title={`${count.counted}: double-click a collapsed one, or press its Expand, to open it`}
        >
          {count.note}
        </span>
      )}
      {laying ? null : busiest !== null ? (
        <span
          className="nc-collapse-note"
          role="note"
          title={`The ${countText(busiest.drawn)} lines between boxes with the most connections (${countText(busiest.least)} or more each) are drawn; ${countText(held)} others wait. Pick a namespace (or an endpoint) to draw all of its own, expand namespaces, or read every pair in the Matrix.`}
        >
          {countText(busiest.drawn)} busiest of {countText(busiest.of)} lines: pick a namespace
        </span>
      ) : (
        held > 0 && (
          <span
            className="nc-collapse-note"
            role="note"
            title="Too many lines between collapsed namespaces to draw at once: pick a namespace (or an endpoint) to draw its own, or expand namespaces"
          >
            {countText(held)} lines hidden: pick a namespace
          </span>
        )
      )}
      <button
        type="button"
        disabled={!count.canExpand}
        onClick={() => {
          all(false);
        }}
      >
        Expand all
      </button>
      <button
        type="button"
        disabled={!count.canCollapse}
        onClick={() => {
          all(true);
        }}
      >
        Collapse all
      </button>
    </Panel>
  );
}
