import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import type { VirtualFlowNode } from '../reactFlowTypes';
import { PolicyMarks } from './PolicyMarks';

/** The far end of a broad rule: anywhere (no `from`/`to`), or an IP block no endpoint lies in. */
function VirtualNodeView({ id, data }: NodeProps<VirtualFlowNode>) {
  const marksId = useId();
  return (
    <>
      <PolicyMarks id={marksId} peer={data.peer} />
      <div
        className={`nc-node nc-virtual${data.peer === true ? ' is-peer' : ''}`}
        data-testid={`node.${id}`}
        role="group"
        aria-label={`${data.title}, ${data.detail}`}
        aria-describedby={data.peer === true ? marksId : undefined}
      >
        <Handle type="target" position={Position.Left} isConnectable={false} />
        <div className="nc-node-head">
          <span className="nc-node-name">{data.title}</span>
        </div>
        <div className="nc-node-cidr">{data.detail}</div>
        <Handle type="source" position={Position.Right} isConnectable={false} />
      </div>
    </>
  );
}

export const VirtualNode = memo(VirtualNodeView);
