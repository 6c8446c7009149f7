import { useEditorApi, useEditorStore } from '../store';
import type { EditorState, ViewName } from '../store';

const VIEWS: readonly { view: ViewName; label: string; title: string }[] = [
  { view: 'canvas', label: 'Canvas', title: 'Draw and edit namespaces, workloads and flows (M)' },
  {
    view: 'matrix',
    label: 'Matrix',
    title: 'Who can reach whom: every source against every destination (M)',
  },
];

const selectView = (s: EditorState) => s.view;

/** Canvas | Matrix: what the main area shows, as tabs above it. */
export function ViewSwitch() {
  const api = useEditorApi();
  const view = useEditorStore(selectView);
  return (
    <div className="app-tabs app-view-tabs" role="tablist" aria-label="View">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          role="tab"
          id={`view-${v.view}`}
          aria-selected={view === v.view}
          aria-controls="view-panel"
          aria-keyshortcuts="M"
          title={v.title}
          onClick={() => {
            api.getState().showView(v.view);
          }}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
