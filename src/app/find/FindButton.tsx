import { useEditorApi } from '../../store';
import { relayout } from '../relayout';
import './find.css';

/** Re-layout: beside Find, since the header has no room left at 1280 px. */
export function RelayoutButton() {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="find-button"
      onClick={() => {
        relayout(api.getState());
      }}
      title="Arrange every namespace, workload and endpoint again (Undo puts them back)"
    >
      Re-layout
    </button>
  );
}

/** Opens Find; sits beside the Canvas | Matrix tabs, where the header has no room left. */
export function FindButton() {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="find-button"
      onClick={() => {
        api.getState().openDialog('find');
      }}
      aria-keyshortcuts="/ Control+K"
      title="Find a workload, namespace, external endpoint, policy or label (/ or Ctrl+K)"
    >
      Find… <kbd aria-hidden="true">/</kbd>
    </button>
  );
}
