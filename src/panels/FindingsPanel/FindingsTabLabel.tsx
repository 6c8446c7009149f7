import { selectFindings, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectCount = (s: EditorState) => selectFindings(s).length;

/** `Findings (3)`: the tab's label with how many there are. */
export function FindingsTabLabel() {
  const count = useEditorStore(selectCount);
  return <>{`Findings (${String(count)})`}</>;
}
