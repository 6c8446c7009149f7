/**
 * The matrix as CSV, for a spreadsheet: the same lines as `netpol-canvas reach --output csv`
 * (`from,to,port,protocol,allowed`), for the sources and destinations the matrix shows (its
 * filter applies), one line per port checked; pairs with nothing to check have none. A cell on
 * every port (to a workload that declares none) has a line per port the matrix checks some
 * destination on, as `reach` prints every pair on every declared port.
 */
import { csvField } from '../../io';
import type { MatrixView } from './matrixSelectors';
import { reachCell } from './reachCell';

export const MATRIX_CSV_HEADER = 'from,to,port,protocol,allowed';

export function matrixCsv(view: MatrixView): string {
  const { matrix } = view;
  const lines = [MATRIX_CSV_HEADER];
  for (const from of view.rows) {
    for (const to of view.cols) {
      const cell = reachCell(matrix, from, to, null);
      if (cell.state === 'unchecked') continue;
      const pair = `${csvField(matrix.nodes[from]?.label ?? '')},${csvField(matrix.nodes[to]?.label ?? '')}`;
      for (const p of cell.ports) {
        lines.push(`${pair},${String(p.port)},${p.protocol},${String(p.allowed)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
