import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { ConnectTarget } from './ConnectTarget';
import { PolicyMarks } from './PolicyMarks';
import type { ExternalFlowNode } from '../reactFlowTypes';

/** An address outside the cluster, such as a backup server at 192.168.5.10/32. */
function ExternalNodeView({ data, selected }: NodeProps<ExternalFlowNode>) {
  const marksId = useId();
  return (
    <>
      <PolicyMarks id={marksId} peer={data.peer} />
      <div
        className={`nc-node nc-external${data.peer === true ? ' is-peer' : ''}`}
        data-testid={`node.external.${data.name}`}
        role="group"
        aria-label={`External endpoint ${data.name}`}
        aria-selected={selected}
        aria-describedby={data.peer === true ? marksId : undefined}
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
    </>
  );
}

export const ExternalNode = memo(ExternalNodeView);
