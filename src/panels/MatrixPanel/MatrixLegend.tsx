import type { CellLook } from './cellText';
import { CELL_MEANINGS, CELL_SYMBOLS } from './cellText';
import { INFERRED_MARK } from './MatrixName';

const LOOKS: readonly CellLook[] = ['all', 'some', 'none', 'unchecked'];

/**
 * What the symbols and colours of the cells mean, and, when some workloads are inferred from the
 * policies, the mark before their names.
 */
export function MatrixLegend({ inferred = false }: { inferred?: boolean }) {
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {LOOKS.map((look) => (
        <li key={look}>
          <span className={`matrix-swatch is-${look}`} aria-hidden="true">
            {CELL_SYMBOLS[look]}
          </span>
          {CELL_MEANINGS[look]}
        </li>
      ))}
      {inferred && (
        <li>
          <span className="matrix-inferred" aria-hidden="true">
            {INFERRED_MARK}
          </span>
          inferred from the policies
        </li>
      )}
    </ul>
  );
}
