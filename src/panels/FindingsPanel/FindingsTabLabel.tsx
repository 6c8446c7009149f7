import { selectFindings, selectTablesCurrent, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

/** How many findings there are, or null while the design on show has none in yet (looked for). */
const selectCount = (s: EditorState) => {
  const count = selectFindings(s).length;
  return count === 0 && !selectTablesCurrent(s) ? null : count;
};

/**
 * `Findings (108)` to a screen reader, `Findings` with a small count beside it on screen: a
 * dump's three or four digits keep the side panel's six tabs on one row at 1440px. While the
 * findings of a design just opened are looked for, `Findings (…)`: never a count of none.
 */
export function FindingsTabLabel() {
  const count = useEditorStore(selectCount);
  const text = count === null ? '…' : count.toLocaleString('en');
  return (
    <>
      <span aria-hidden="true">
        Findings <span className="app-tab-count">{text}</span>
      </span>
      <span className="visually-hidden">{`Findings (${text})`}</span>
    </>
  );
}
