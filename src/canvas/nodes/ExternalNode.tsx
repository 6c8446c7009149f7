import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ConnectTarget } from './ConnectTarget';
import type { ExternalFlowNode } from '../flowTypes';

/** An address outside the cluster, such as a backup server at 192.168.5.10/32. */
function ExternalNodeView({ data, selected }: NodeProps<ExternalFlowNode>) {
  return (
    <div
      className="nc-node nc-external"
      data-testid={`node.external.${data.name}`}
      role="group"
      aria-label={`External endpoint ${data.name}`}
      aria-selected={selected}
    >
      <ConnectTarget label={`Flow into ${data.name}`} />
      <div className="nc-node-head">
        <span className="nc-node-name">{data.name}</span>
        <span className="nc-node-kind">outside</span>
      </div>
      <div className="nc-node-cidr">{data.cidr}</div>
      <Handle
        type="source"
        position={Position.Right}
        aria-label={`Draw a flow from ${data.name}`}
      />
    </div>
  );
}

export const ExternalNode = memo(ExternalNodeView);
