/**
 * How a matrix cell reads: a symbol (so the verdict never rests on colour
 * alone) and a sentence for its accessible name and tooltip.
 */
import { portSpansText, portText, rulePortsText } from '../../engine';
import type { PortSpan } from '../../engine';
import type { ReachCell } from '../../store';

export type CellLook = 'all' | 'some' | 'none' | 'unchecked';

export const CELL_SYMBOLS: Readonly<Record<CellLook, string>> = {
  all: '✓',
  some: '◐',
  none: '✕',
  unchecked: '·',
};

export const CELL_MEANINGS: Readonly<Record<CellLook, string>> = {
  all: 'every port allowed',
  some: 'some ports allowed',
  none: 'no port allowed',
  unchecked: 'nothing to check',
};

/**
 * A cell on every port (to a workload that declares none): `every port allowed (all ports)`,
 * `some ports allowed: TCP 80 allowed, every other port blocked`, `no port allowed (all ports
 * blocked)`.
 */
function anyPortDescription(state: 'all' | 'some' | 'none', spans: readonly PortSpan[]) {
  const all = rulePortsText(undefined, 'short').join(', ');
  if (state === 'all') return `${CELL_MEANINGS.all} (${all})`;
  if (state === 'none') return `${CELL_MEANINGS.none} (${all} blocked)`;
  return `${CELL_MEANINGS.some}: ${portSpansText(spans).join(', ')} allowed, every other port blocked`;
}

/** `every port allowed (TCP 3306)`, `some ports allowed: TCP 3306 allowed, TCP 33060 blocked`. */
export function cellDescription(cell: ReachCell): string {
  if (cell.state !== 'unchecked' && cell.anyPort !== undefined) {
    return anyPortDescription(cell.state, cell.anyPort);
  }
  switch (cell.state) {
    case 'all':
      return `${CELL_MEANINGS.all} (${cell.ports.map((p) => portText(p)).join(', ')})`;
    case 'none':
      return `${CELL_MEANINGS.none} (${cell.ports.map((p) => portText(p)).join(', ')} blocked)`;
    case 'some':
      return `${CELL_MEANINGS.some}: ${cell.ports
        .map((p) => `${portText(p)} ${p.allowed ? 'allowed' : 'blocked'}`)
        .join(', ')}`;
    case 'unchecked':
      if (cell.why === 'self') return 'the same workload: nothing to check';
      if (cell.why === 'outside') return 'both outside the cluster: no NetworkPolicy applies';
      return 'no port to check: the destination does not declare this one';
  }
}
