import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useId } from 'react';
import type { CSSProperties } from 'react';
import type { NamespaceFlowNode } from '../reactFlowTypes';
import { PolicyMarks } from './PolicyMarks';
import { FindingsBadge } from '../findings/FindingsBadge';
import { lineCountsText, selectFoundInBox, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { insideSummaryLines } from '../collapse/insideSummary';
import type { CollapsedBox } from '../reactFlowTypes';
import { NamespaceToggle } from './NamespaceToggle';
import { NAMESPACE_TAG_ROOM, namespaceNameRoom } from '../layoutGeometry';
import { nameWidthEm } from '../nameEm';
import { plural } from '../../engine';

/**
 * What the stylesheet needs to draw a name no larger than its header holds (`canvas.css`): the
 * name's width per pixel of font size (`nameWidthEm`), and the room beside the name (the box is
 * widened to hold it at 28 px: `namespaceFit`).
 */
function nameFitStyle(name: string, open: boolean): CSSProperties {
  return {
    '--nc-name-ems': nameWidthEm(name),
    '--nc-name-room': `${String(namespaceNameRoom(open))}px`,
    '--nc-name-tag': `${String(NAMESPACE_TAG_ROOM)}px`,
  } as CSSProperties;
}

/**
 * What a collapsed namespace's box says under its name: what it holds (the box's whole width,
 * so "20 workloads · 10 policies" reads whole), then the lines among its workloads beside the
 * button that expands it, in two short lines each read whole (`insideSummaryLines`).
 */
function CollapsedSummary({
  id,
  name,
  box,
  inferred,
}: {
  id: string;
  name: string;
  box: CollapsedBox;
  inferred: boolean;
}) {
  const { inside } = box;
  const workload = inferred ? 'inferred workload' : 'workload';
  const found = useEditorStore(useCallback((s: EditorState) => selectFoundInBox(s, name), [name]));
  return (
    <div className="nc-namespace-summary">
      {found !== null && (
        <p className="nc-namespace-found" title={`${found}: Expand to see them`}>
          {found}
        </p>
      )}
      <p className="nc-namespace-count">
        {plural(box.workloads, workload)}
        <span className="nc-namespace-policies">
          {' · '}
          {plural(box.policies, 'policy', 'policies')}
        </span>
      </p>
      <div className="nc-namespace-inside-row">
        <p
          className="nc-namespace-inside"
          title={inside.connections === 0 ? undefined : `${lineCountsText(inside)} inside`}
        >
          {insideSummaryLines(inside).join('\n')}
        </p>
        <FindingsBadge id={id} inline />
        <NamespaceToggle name={name} collapsed />
      </div>
    </div>
  );
}

/** A namespace: a box holding its workloads, or (collapsed) one small box counting them. */
function NamespaceNodeView({ id, data, selected }: NodeProps<NamespaceFlowNode>) {
  const marksId = useId();
  const collapsed = data.collapsed !== undefined;
  const className = [
    'nc-namespace',
    data.peer === true ? 'is-peer' : '',
    data.highlighted === true ? 'is-highlighted' : '',
    collapsed ? 'is-collapsed' : '',
  ].join(' ');
  return (
    <>
      <PolicyMarks id={marksId} selected={data.highlighted} peer={data.peer} />
      {!collapsed && <FindingsBadge id={id} />}
      <div
        className={className}
        data-testid={`node.namespace.${data.name}`}
        role="group"
        aria-label={`Namespace ${data.name}`}
        aria-selected={selected}
        aria-describedby={data.peer === true || data.highlighted === true ? marksId : undefined}
      >
        <Handle type="target" position={Position.Left} isConnectable={false} />
        <Handle
          type="source"
          position={Position.Right}
          className="nc-namespace-source"
          aria-label={`Draw a flow from namespace ${data.name}`}
          title={`Drag to a workload to allow every pod of namespace ${data.name} to reach it`}
        />
        <div className="nc-namespace-head" style={nameFitStyle(data.name, !collapsed)}>
          <span className="nc-namespace-tag">namespace</span>
          <span className="nc-namespace-name" title={data.name}>
            {data.name}
          </span>
          {data.labels.length > 0 && !collapsed && (
            <span className="nc-namespace-labels">{data.labels.join(', ')}</span>
          )}
          {data.inferred === true && !collapsed && (
            <span
              className="nc-namespace-inferred"
              title="No pods of this namespace are in the design: its cards are inferred from its policies"
            >
              pods inferred from policies
            </span>
          )}
          {!collapsed && <NamespaceToggle name={data.name} collapsed={false} />}
        </div>
        {data.collapsed !== undefined && (
          <CollapsedSummary
            id={id}
            name={data.name}
            box={data.collapsed}
            inferred={data.inferred === true}
          />
        )}
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
