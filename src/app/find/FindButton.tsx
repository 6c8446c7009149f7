import { useEditorApi } from '../../store';
import './find.css';

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
