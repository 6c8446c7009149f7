import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import { replicasText } from '../../engine';
import { ConnectTarget } from './ConnectTarget';
import { PolicyMarks } from './PolicyMarks';
import { FindingsBadge } from '../findings/FindingsBadge';
import type { WorkloadFlowNode } from '../reactFlowTypes';

/** A workload (a set of pods with the same labels), with its isolation badges. */
function WorkloadNodeView({ id, data, selected }: NodeProps<WorkloadFlowNode>) {
  const key = `${data.namespace}/${data.name}`;
  const marksId = useId();
  const marked = data.highlighted || data.peer === true;
  const className = [
    'nc-node',
    'nc-workload',
    data.highlighted ? 'is-highlighted' : '',
    data.peer === true ? 'is-peer' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <PolicyMarks id={marksId} selected={data.highlighted} peer={data.peer} />
      <FindingsBadge id={id} />
      <div
        className={className}
        data-testid={`node.workload.${key}`}
        role="group"
        aria-label={`Workload ${key}`}
        aria-selected={selected}
        aria-describedby={marked ? marksId : undefined}
      >
        <ConnectTarget label={`Flow into ${key}`} />
        <div className="nc-node-head">
          <span className="nc-node-name" title={data.name}>
            {data.name}
          </span>
          <span className="nc-node-kind">
            {data.replicas === undefined
              ? data.kind
              : `${data.kind} · ${replicasText(data.replicas)}`}
          </span>
        </div>
        <div className="nc-node-labels" title={data.labels.join('\n')}>
          {data.labels.length === 0 ? <em>no labels</em> : data.labels.join(', ')}
        </div>
        <div className="nc-node-ports">
          {data.ports.length === 0 ? <em>no ports</em> : `ports ${data.ports.join(', ')}`}
        </div>
        <div className="nc-badges">
          <span
            className={`nc-badge ${data.ingressIsolated ? 'is-on' : ''}`}
            aria-label={data.ingressIsolated ? 'ingress isolated' : 'ingress open'}
            title={
              data.ingressIsolated
                ? 'Ingress isolated: only traffic some policy allows may come in'
                : 'Ingress open: no policy selects it for Ingress, so all traffic may come in'
            }
          >
            {data.ingressIsolated ? 'ingress isolated' : 'ingress open'}
          </span>
          <span
            className={`nc-badge ${data.egressIsolated ? 'is-on' : ''}`}
            aria-label={data.egressIsolated ? 'egress isolated' : 'egress open'}
            title={
              data.egressIsolated
                ? 'Egress isolated: it may only open connections some policy allows'
                : 'Egress open: no policy selects it for Egress, so it may open any connection'
            }
          >
            {data.egressIsolated ? 'egress isolated' : 'egress open'}
          </span>
        </div>
        <Handle type="source" position={Position.Right} aria-label={`Draw a flow from ${key}`} />
      </div>
    </>
  );
}

export const WorkloadNode = memo(WorkloadNodeView);
