import { useState } from 'react';
import { portKey, selectReachMatrix, useEditorStore } from '../../store';
import type { PortRef } from '../../store';
import './matrix.css';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { PortFilter } from './PortFilter';

/**
 * The reachability matrix: for every source and destination, whether all,
 * some or none of the destination's ports may be reached. A cell opens the
 * same explanation as a line of the canvas (the Inspector's).
 */
export function MatrixPanel() {
  const matrix = useEditorStore(selectReachMatrix);
  const [picked, setPicked] = useState<PortRef | null>(null);
  const filter =
    picked !== null && matrix.ports.some((p) => portKey(p) === portKey(picked)) ? picked : null;
  const workloads = matrix.nodes.filter((n) => n.kind === 'workload').length;
  const externals = matrix.nodes.length - workloads;
  return (
    <div className="matrix">
      <header className="matrix-bar">
        <h2 className="matrix-title">Who can reach whom</h2>
        <span className="matrix-count">
          {workloads} workload{workloads === 1 ? '' : 's'}
          {externals > 0 && ` · ${externals} outside the cluster`}
        </span>
        <PortFilter ports={matrix.ports} value={filter} onChange={setPicked} />
      </header>
      <div className="matrix-key">
        <MatrixLegend />
        <p className="matrix-note">
          Rows open the connection, columns accept it. A cell checks the ports the destination
          declares (outside the cluster: the ports its egress rules name). Click a cell to see why.
        </p>
      </div>
      {matrix.nodes.length === 0 ? (
        <p className="matrix-empty">
          No workloads yet. Add workloads on the canvas, or open the three-tier example.
        </p>
      ) : (
        <MatrixGrid matrix={matrix} filter={filter} />
      )}
    </div>
  );
}
