import { selectFindings, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectCount = (s: EditorState) => selectFindings(s).length;

/**
 * `Findings (108)` to a screen reader, `Findings` with a small count beside it on screen: a
 * dump's three or four digits keep the side panel's six tabs on one row at 1440px.
 */
export function FindingsTabLabel() {
  const count = useEditorStore(selectCount).toLocaleString('en');
  return (
    <>
      <span aria-hidden="true">
        Findings <span className="app-tab-count">{count}</span>
      </span>
      <span className="visually-hidden">{`Findings (${count})`}</span>
    </>
  );
}
