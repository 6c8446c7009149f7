import { Handle, Position } from '@xyflow/react';

/**
 * While a flow is being drawn (the canvas's `data-connecting`, `canvas.css`), the whole node is
 * a drop target (not only its small left dot); otherwise it is hidden so the node can be clicked
 * and dragged. A node that takes no flows (`connectable` false) keeps only the end of its lines.
 * The canvas watches the drawing once for every card: a watch per card ran at every change of
 * React Flow's store (each pan move, each batch of lines), a thousand times with 1,000 cards.
 */
export function ConnectTarget({
  label,
  connectable = true,
}: {
  label: string;
  connectable?: boolean;
}) {
  if (!connectable) {
    return <Handle type="target" position={Position.Left} isConnectable={false} aria-hidden />;
  }
  return <Handle type="target" position={Position.Left} className="nc-target" aria-label={label} />;
}
