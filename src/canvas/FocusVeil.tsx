import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { ViewportLayer } from './edges/ViewportLayer';
import { boxAt, veilClipPath } from './veilHoles';

interface VeilProps {
  /** The lit opened namespaces' boxes, under the veil, whose headers it leaves uncovered. */
  readonly boxes: readonly string[];
  /** How tall an opened box's header is drawn now (`namespaceHeaderHeightOf`). */
  readonly headHeight: number;
  /**
   * A click on the veil: on a lit opened box (its id), as on the box; elsewhere (null), as on the
   * empty canvas (React Flow's pane takes only its own).
   */
  readonly onClick: (box: string | null) => void;
}

/**
 * While the canvas focuses on a neighbourhood: a veil over the whole drawing, in its coordinates
 * (it moves with the camera), that takes the pointer from all it covers, the dimmed cards, their
 * dots, lines and labels (`canvas.css`); what is lit rises above it (`neighbourhoodMarks.ts`).
 * So F changes no property of what it dims that its elements' children inherit, and the browser
 * restyles the dimmed wrappers alone, not what they hold.
 */
export function FocusVeil({ boxes, headHeight, onClick }: VeilProps) {
  const selectClip = useCallback(
    (s: ReactFlowState) => veilClipPath(rectsOf(s.nodeLookup, boxes), headHeight),
    [boxes, headHeight],
  );
  const clipPath = useStore(selectClip);
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const boxUnder = useCallback(
    (event: MouseEvent) => {
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      return boxAt(at, rectsOf(store.getState().nodeLookup, boxes));
    },
    [screenToFlowPosition, store, boxes],
  );
  const hover = useBoxHover();
  return (
    <ViewportLayer>
      <div
        className="nc-focus-veil"
        style={{ clipPath }}
        onClick={(event) => {
          onClick(boxUnder(event));
        }}
        onMouseMove={(event) => {
          hover(event.currentTarget, boxUnder(event));
        }}
        onMouseOver={(event) => {
          hover(event.currentTarget, boxUnder(event));
        }}
        onMouseLeave={(event) => {
          hover(event.currentTarget, null);
        }}
      />
    </ViewportLayer>
  );
}

/**
 * The pointer on the veil over a lit opened box is on the box, as it would be without the veil:
 * the box's wrapper says so (`data-veil-hover`: a presented box shows its Collapse button, the
 * veil the box's cursor), set on the element alone, which nothing else draws.
 */
function useBoxHover(): (veil: HTMLElement, box: string | null) => void {
  const marked = useRef<Element | null>(null);
  const set = useCallback((veil: HTMLElement | null, box: string | null) => {
    const root = veil?.closest('.react-flow');
    const next =
      box === null
        ? null
        : (root?.querySelector(`.react-flow__node[data-id="${CSS.escape(box)}"]`) ?? null);
    if (next === marked.current) return;
    marked.current?.removeAttribute('data-veil-hover');
    next?.setAttribute('data-veil-hover', 'true');
    marked.current = next;
    if (next === null) veil?.removeAttribute('data-over-box');
    else veil?.setAttribute('data-over-box', 'true');
  }, []);
  useEffect(
    () => () => {
      set(null, null);
    },
    [set],
  );
  return set;
}

/** Where the boxes `ids` are drawn now, in flow pixels. */
function rectsOf(lookup: ReadonlyMap<string, InternalNode>, ids: readonly string[]) {
  return ids.flatMap((id) => {
    const node = lookup.get(id);
    if (node === undefined) return [];
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    return [{ id, x, y, width, height: node.measured.height ?? node.height ?? 0 }];
  });
}
