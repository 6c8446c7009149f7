import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useEditorApi } from '../../store';
import { isCardNear } from '../farCards';
import { entryTarget, isNodeElement, tabTarget } from '../focusOrder';
import { directionOfKey, nearestNode } from '../nearestNode';
import type { NodeBox } from '../nearestNode';
import { openLine } from '../openLine';
import type { FlowEdge } from '../reactFlowTypes';

const NAMESPACE_TYPE = 'namespace';

/**
 * The canvas's keys: Tab visits every node before any line, and the arrow
 * keys move the focus and the selection to the nearest node that way
 * (namespace to namespace, or among workloads and endpoints); Enter opens the
 * focused node or line as a click does. Handlers for the capture phase of the
 * canvas's root element.
 */
export function useCanvasKeyboard(): {
  onKeyDownCapture: (e: KeyboardEvent<HTMLDivElement>) => void;
  onFocusCapture: (e: FocusEvent<HTMLDivElement>) => void;
} {
  const api = useEditorApi();
  const { getNodes, getInternalNode, getEdge, setCenter } = useReactFlow();
  const flow = useStoreApi();

  const geometryOf = useCallback(
    (fromId: string): { from: NodeBox; boxes: NodeBox[] } | null => {
      const boxOf = (id: string): NodeBox | null => {
        const node = getInternalNode(id);
        if (node === undefined) return null;
        const { x, y } = node.internals.positionAbsolute;
        return { id, x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
      };
      const from = boxOf(fromId);
      const fromType = getInternalNode(fromId)?.type;
      if (from === null) return null;
      const sameLevel = (type: string | undefined) =>
        (type === NAMESPACE_TYPE) === (fromType === NAMESPACE_TYPE);
      const boxes = getNodes()
        .filter((n) => n.focusable !== false && sameLevel(n.type))
        .flatMap((n) => boxOf(n.id) ?? []);
      return { from, boxes };
    },
    [getNodes, getInternalNode],
  );

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const target = e.target as Element;
      if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const next = tabTarget(e.currentTarget, target, e.shiftKey);
        if (next === null) return;
        e.preventDefault();
        next.focus();
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
        const line = target.matches('.react-flow__edge') ? target.getAttribute('data-id') : null;
        const edge = line === null ? undefined : getEdge(line);
        if (edge !== undefined) {
          e.preventDefault();
          e.stopPropagation();
          openLine(api.getState(), edge as FlowEdge);
          return;
        }
        const node = isNodeElement(target) ? target.getAttribute('data-id') : null;
        if (node !== null) {
          e.preventDefault();
          e.stopPropagation();
          api.getState().selectAndInspect({ kind: 'node', id: node });
        }
        return;
      }
      const direction = directionOfKey(e.key);
      if (direction === null || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      if (!isNodeElement(target)) return;
      const id = target.getAttribute('data-id');
      const geometry = id === null ? null : geometryOf(id);
      if (geometry === null) return;
      e.preventDefault();
      e.stopPropagation();
      const nextId = nearestNode(geometry.from, geometry.boxes, direction);
      if (nextId === null) return;
      const element = [...e.currentTarget.querySelectorAll('.react-flow__node')].find(
        (el) => el.getAttribute('data-id') === nextId,
      );
      if (element instanceof HTMLElement) element.focus();
      api.getState().selectAndInspect({ kind: 'node', id: nextId });
    },
    [api, geometryOf, getEdge],
  );

  /**
   * A node the keyboard focuses out of view is brought to the middle, at the same zoom. React
   * Flow's own pan on focus (off: `autoPanOnNodeFocus`) reads a workload's place in its
   * namespace box as a place in the design, and moved the camera elsewhere.
   */
  const intoView = useCallback(
    (target: Element) => {
      if (!isNodeElement(target) || !target.matches(':focus-visible')) return;
      const node = getInternalNode(target.getAttribute('data-id') ?? '');
      if (node === undefined) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      const { transform, width: viewWidth, height: viewHeight } = flow.getState();
      const [viewX, viewY, zoom] = transform;
      const view = { x: viewX, y: viewY, zoom, width: viewWidth, height: viewHeight };
      if (isCardNear({ x, y, width, height }, view, 0)) return;
      void setCenter(x + width / 2, y + height / 2, { zoom });
    },
    [flow, getInternalNode, setCenter],
  );

  const onFocusCapture = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      const from = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      const entry = entryTarget(e.currentTarget, e.target, from);
      if (entry === null) intoView(e.target);
      else entry.focus();
    },
    [intoView],
  );

  return { onKeyDownCapture, onFocusCapture };
}
