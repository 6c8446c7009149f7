import { EdgeLabelRenderer, getBezierPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge as FlowEdgeType } from '../flowTypes';

/**
 * A flow: solid when the traffic it stands for is allowed, red and dashed when
 * something blocks it. The one-line reason is the native tooltip.
 */
function FlowEdgeView(props: EdgeProps<FlowEdgeType>) {
  const { id, data, markerEnd, selected } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  const allowed = data?.allowed ?? true;
  const state = allowed ? 'is-allowed' : 'is-blocked';
  const emphasis = selected === true || data?.emphasis === true ? 'is-emphasis' : '';
  const reason = data?.reason ?? '';
  return (
    <>
      <g data-testid={`edge.flow.${id}`} className={`nc-edge ${state} ${emphasis}`}>
        <title>{reason}</title>
        <path d={path} className="nc-edge-path" fill="none" markerEnd={markerEnd} />
        <path d={path} className="nc-edge-hit" fill="none" strokeOpacity={0} strokeWidth={18} />
      </g>
      {data !== undefined && data.ports !== '' && (
        <EdgeLabelRenderer>
          <div
            className={`nc-edge-label ${state} ${emphasis}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={reason}
          >
            {allowed ? '' : '⊘ '}
            {data.ports}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
