import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import type { NamespaceFlowNode } from '../reactFlowTypes';
import { PolicyMarks } from './PolicyMarks';
import { FindingsBadge } from '../findings/FindingsBadge';

/** A namespace: a box holding its workloads. */
function NamespaceNodeView({ id, data, selected }: NodeProps<NamespaceFlowNode>) {
  const marksId = useId();
  return (
    <>
      <PolicyMarks id={marksId} peer={data.peer} />
      <FindingsBadge id={id} />
      <div
        className={`nc-namespace${data.peer === true ? ' is-peer' : ''}`}
        data-testid={`node.namespace.${data.name}`}
        role="group"
        aria-label={`Namespace ${data.name}`}
        aria-selected={selected}
        aria-describedby={data.peer === true ? marksId : undefined}
      >
        <Handle type="target" position={Position.Left} isConnectable={false} />
        <Handle
          type="source"
          position={Position.Right}
          className="nc-namespace-source"
          aria-label={`Draw a flow from namespace ${data.name}`}
          title={`Drag to a workload to allow every pod of namespace ${data.name} to reach it`}
        />
        <div className="nc-namespace-head">
          <span className="nc-namespace-tag">namespace</span>
          <span className="nc-namespace-name">{data.name}</span>
          {data.labels.length > 0 && (
            <span className="nc-namespace-labels">{data.labels.join(', ')}</span>
          )}
          {data.inferred === true && (
            <span
              className="nc-namespace-inferred"
              title="No pods of this namespace are in the design: its cards are inferred from its policies"
            >
              pods inferred from policies
            </span>
          )}
        </div>
        {data.empty !== undefined && (
          <p className="nc-namespace-empty">
            {data.empty.text}
            {data.empty.command !== null && <code className="nodrag">{data.empty.command}</code>}
          </p>
        )}
      </div>
    </>
  );
}

export const NamespaceNode = memo(NamespaceNodeView);
