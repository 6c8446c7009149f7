import type { CellLook } from './cellText';
import { CELL_MEANINGS, CELL_SYMBOLS } from './cellText';

const LOOKS: readonly CellLook[] = ['all', 'some', 'none', 'unchecked'];

/** What the symbols and colours of the cells mean. */
export function MatrixLegend() {
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
    </ul>
  );
}
