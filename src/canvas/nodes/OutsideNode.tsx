import type { NodeProps } from '@xyflow/react';
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { namespaceNameRoom } from '../layoutGeometry';
import { nameWidthEm } from '../nameEm';
import { outsideCountText } from '../outsideGroup';
import { OUTSIDE_GROUP_NAME } from '../../store';
import type { OutsideFlowNode } from '../reactFlowTypes';
import { OutsideToggle } from './OutsideToggle';

/**
 * The name reads as a namespace's does, sized by the stylesheet to its header (`canvas.css`),
 * open beside its Collapse (the room an open namespace's header keeps for it).
 */
const nameStyleOf = (open: boolean) =>
  ({
    '--nc-name-ems': nameWidthEm(OUTSIDE_GROUP_NAME),
    '--nc-name-room': `${String(namespaceNameRoom(open))}px`,
  }) as CSSProperties;
const NAME_STYLE = { open: nameStyleOf(true), collapsed: nameStyleOf(false) };

/**
 * The frame around the cards of the IP blocks and endpoints outside the cluster: a name and a
 * count above them, like a namespace's box, drawn behind the cards and lines. Collapsed, one
 * small box as a collapsed namespace's, the lines of its cards drawn to it.
 */
function OutsideNodeView({ data }: NodeProps<OutsideFlowNode>) {
  const count = outsideCountText(data.ipBlocks, data.endpoints);
  const collapsed = data.collapsed === true;
  return (
    <div
      className={collapsed ? 'nc-namespace is-collapsed nc-outside-collapsed' : 'nc-outside'}
      data-testid="node.outside"
      role="group"
      aria-label={`${OUTSIDE_GROUP_NAME}: ${count}`}
    >
      {collapsed && (
        <>
          <Handle type="target" position={Position.Left} isConnectable={false} />
          <Handle type="source" position={Position.Right} isConnectable={false} />
        </>
      )}
      <div
        className="nc-namespace-head nc-outside-head"
        style={collapsed ? NAME_STYLE.collapsed : NAME_STYLE.open}
      >
        <span className="nc-namespace-name">{OUTSIDE_GROUP_NAME}</span>
        {!collapsed && <span className="nc-outside-count">{count}</span>}
        {!collapsed && <OutsideToggle collapsed={false} />}
      </div>
      {collapsed && (
        <div className="nc-namespace-summary">
          <p className="nc-namespace-count">{count}</p>
          <div className="nc-namespace-inside-row">
            <p className="nc-namespace-inside" />
            <OutsideToggle collapsed />
          </div>
        </div>
      )}
    </div>
  );
}

export const OutsideNode = memo(OutsideNodeView);
