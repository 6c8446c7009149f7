import { EdgeLabelRenderer, useInternalNode } from '@xyflow/react';
import type { EdgeProps, InternalNode } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge as FlowEdgeType } from '../reactFlowTypes';
import { floatingLine } from './edgeGeometry';
import type { Rect } from './edgeGeometry';

const MARK = { allowed: '', blocked: '⊘ ', partial: '◐ ' } as const;

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/**
 * A flow: solid when the traffic it stands for is allowed, red and dashed when
 * something blocks it (orange when only some of it is). The reasons are the
 * native tooltip. A path of the focused node shows its label only when picked.
 */
function FlowEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<FlowEdgeType>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (sourceNode === undefined || targetNode === undefined) return null;
  const { path, labelX, labelY } = floatingLine(
    rectOf(sourceNode),
    rectOf(targetNode),
    data?.labelShift === undefined || data.labelShift === 0 ? 0 : 9,
  );
  const status = data?.status ?? 'allowed';
  const emphasis = selected === true || data?.emphasis === true ? 'is-emphasis' : '';
  const reason = data?.reason ?? '';
  const isPath = data?.path === true;
  const changed = data?.changed === true ? 'is-changed' : '';
  const className = `is-${status} ${emphasis} ${isPath ? 'is-path' : ''} ${changed}`;
  return (
    <>
      <g data-testid={`edge.${id}`} className={`nc-edge ${className}`}>
        <title>{reason}</title>
        <path d={path} className="nc-edge-path" fill="none" markerEnd={markerEnd} />
        <path d={path} className="nc-edge-hit" fill="none" strokeOpacity={0} strokeWidth={16} />
      </g>
      {data !== undefined && (!isPath || selected === true || data.changed) && (
        <EdgeLabelRenderer>
          <div
            className={`nc-edge-label ${className}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={reason}
            data-testid={`edge-label.${id}`}
          >
            {MARK[status]}
            {data.ports}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
