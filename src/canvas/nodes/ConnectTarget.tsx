import { Handle, Position, useConnection } from '@xyflow/react';

const selectInProgress = (c: { inProgress: boolean }) => c.inProgress;

/**
 * While a flow is being drawn, the whole node is a drop target (not only its
 * small left dot); otherwise it is hidden so the node can be clicked and dragged.
 * A node that takes no flows (`connectable` false) keeps only the end of its lines.
 */
export function ConnectTarget({
  label,
  connectable = true,
}: {
  label: string;
  connectable?: boolean;
}) {
  const connecting = useConnection(selectInProgress);
  if (!connectable) {
    return <Handle type="target" position={Position.Left} isConnectable={false} aria-hidden />;
  }
  return (
    <Handle
      type="target"
      position={Position.Left}
      className={`nc-target ${connecting ? 'is-connecting' : ''}`}
      aria-label={label}
    />
  );
}
