import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { nameWidthEm } from '../nameEm';
import { OUTSIDE_GROUP_NAME, outsideCountText } from '../outsideGroup';
import type { OutsideFlowNode } from '../reactFlowTypes';

/** The name reads as a namespace's does, sized by the stylesheet to its header (`canvas.css`). */
const NAME_STYLE = { '--nc-name-ems': nameWidthEm(OUTSIDE_GROUP_NAME) } as CSSProperties;

/**
 * The frame around the cards of the IP blocks and endpoints outside the cluster: a name and a
 * count above them, like a namespace's box, drawn behind the cards and lines.
 */
function OutsideNodeView({ data }: NodeProps<OutsideFlowNode>) {
  const count = outsideCountText(data.ipBlocks, data.endpoints);
  return (
    <div
      className="nc-outside"
      data-testid="node.outside"
      role="group"
      aria-label={`${OUTSIDE_GROUP_NAME}: ${count}`}
    >
      <div className="nc-namespace-head nc-outside-head" style={NAME_STYLE}>
        <span className="nc-namespace-name">{OUTSIDE_GROUP_NAME}</span>
        <span className="nc-outside-count">{count}</span>
      </div>
    </div>
  );
}

export const OutsideNode = memo(OutsideNodeView);
