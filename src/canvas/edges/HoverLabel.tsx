import { ViewportPortal, useStore, useStoreApi } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { namespaceNameBox } from '../layoutGeometry';
import type { Point } from '../routing/rectGeometry';
import type { Rect } from './edgeGeometry';
import { spotClearOfNames, viewRectOf } from './labelInView';

const selectTransform = (s: ReactFlowState) => s.transform;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;
const selectPresenting = (s: EditorState) => s.presenting;

/** How far a box's marks and findings badge stand out above its top (`canvas.css`), flow pixels. */
const MARKS_ABOVE = 10;

/**
 * What a label drawn above the boxes keeps clear of: each namespace's name, a collapsed box whole,
 * with the marks above them.
 */
function namesOf(nodes: ReactFlowState['nodeLookup'], presenting: boolean): Rect[] {
  const names: Rect[] = [];
  for (const node of nodes.values()) {
    if (node.type !== 'namespace') continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    const box = { x, y, width, height };
    const { name, collapsed } = node.data;
    const open = collapsed === undefined && typeof name === 'string';
    const drawn = open ? namespaceNameBox(box, name, presenting) : box;
    names.push({ ...drawn, y: drawn.y - MARKS_ABOVE, height: drawn.height + MARKS_ABOVE });
  }
  return names;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

interface HoverLabelProps {
  readonly spot: Point;
  readonly className: string;
  readonly title: string;
  readonly testId: string;
  readonly text: string;
}

/**
 * The label of a line under the pointer whose label is not drawn (no room for it, or a quiet
 * line): drawn above the cards, in the layer over the nodes, where a narrow gap between two
 * boxes would have hidden it under their cards; kept in the view and off the namespaces' names
 * (a collapsed box's, its whole box: `spotClearOfNames`); and, as CSS says
 * (`.is-hover`), letting the pointer through to its line, so that the line under it still
 * takes the click and the label does not flicker as the pointer crosses it. One at a time: the
 * camera's moves re-render only this label.
 */
export function HoverLabel({ spot, className, title, testId, text }: HoverLabelProps) {
  const transform = useStore(selectTransform);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const presenting = useEditorStore(selectPresenting);
  const flow = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  // The label's drawn size (flow pixels: the camera's zoom applies above it), once measured.
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const measured = { width: el.offsetWidth, height: el.offsetHeight };
    setSize((was) =>
      was?.width === measured.width && was.height === measured.height ? was : measured,
    );
  }, [text, className]);
  const at =
    size === null || width === 0
      ? spot
      : spotClearOfNames(
          spot,
          size,
          viewRectOf(transform, width, height),
          transform[2],
          namesOf(flow.getState().nodeLookup, presenting),
        );
  return (
    <ViewportPortal>
      <div
        ref={ref}
        className={`nc-edge-label ${className} is-hover`}
        style={{
          transform: `translate(-50%, -50%) translate(${String(at.x)}px, ${String(at.y)}px)`,
        }}
        title={title}
        data-testid={testId}
      >
        {text}
      </div>
    </ViewportPortal>
  );
}
