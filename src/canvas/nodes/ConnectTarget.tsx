import { Handle, Position, useConnection } from '@xyflow/react';

const selectInProgress = (c: { inProgress: boolean }) => c.inProgress;

/**
 * While a flow is being drawn, the whole node is a drop target (not only its
 * small left dot); otherwise it is hidden so the node can be clicked and dragged.
 */
export function ConnectTarget({ label }: { label: string }) {
  const connecting = useConnection(selectInProgress);
  return (
    <Handle
      type="target"
      position={Position.Left}
      className={`nc-target ${connecting ? 'is-connecting' : ''}`}
      aria-label={label}
    />
  );
}
