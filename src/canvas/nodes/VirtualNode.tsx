import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useId } from 'react';
import type { CSSProperties } from 'react';
import type { VirtualFlowNode } from '../reactFlowTypes';
import { NAME_EM } from '../nameEm';
import { virtualNameLine } from '../virtualEndCard';
import type { VirtualEndText } from '../virtualEndCard';
import { PolicyMarks } from './PolicyMarks';

/**
 * The name is drawn on two lines, the range and its exception, each whole: the stylesheet sizes
 * it by its longer line (`--nc-name-ems`, in ems: `canvas.css`).
 */
function nameStyle(data: VirtualEndText): CSSProperties {
  return { '--nc-name-ems': virtualNameLine(data) * NAME_EM } as CSSProperties;
}

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
          <span className="nc-node-name" style={nameStyle(data)}>
            {data.range}
            {data.except !== undefined && (
              <>
                {/* the space keeps the name one phrase to assistive technology and search */}{' '}
                <br />
                {data.except}
              </>
            )}
          </span>
        </div>
        <div className="nc-node-cidr">{data.detail}</div>
        <Handle type="source" position={Position.Right} isConnectable={false} />
      </div>
    </>
  );
}

export const VirtualNode = memo(VirtualNodeView);
