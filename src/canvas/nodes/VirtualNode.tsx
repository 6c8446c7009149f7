import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { VirtualFlowNode } from '../flowTypes';

/** The far end of a broad rule: anywhere (no `from`/`to`), or an IP block no endpoint lies in. */
function VirtualNodeView({ id, data }: NodeProps<VirtualFlowNode>) {
  return (
    <div
      className="nc-node nc-virtual"
      data-testid={`node.${id}`}
      role="group"
      aria-label={data.title}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="nc-node-head">
        <span className="nc-node-name">{data.title}</span>
      </div>
      <div className="nc-node-cidr">{data.detail}</div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const VirtualNode = memo(VirtualNodeView);
