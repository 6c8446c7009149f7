import { Suspense, lazy } from 'react';
import { Inspector } from '../panels/Inspector/Inspector';
import { PolicyPanel } from '../panels/PolicyPanel/PolicyPanel';
import { WalkPanel } from '../panels/WalkPanel/WalkPanel';
import { FindingsPanel } from '../panels/FindingsPanel/FindingsPanel';
import { FindingsTabLabel } from '../panels/FindingsPanel/FindingsTabLabel';
import { TrafficTable } from '../panels/TrafficTable/TrafficTable';
import { useEditorApi, useEditorStore } from '../store';
import type { EditorState, PanelName } from '../store';

/** `name` is the tab's full accessible name where its visible label is shortened to fit one row. */
const TABS: readonly { panel: PanelName; label: string; name?: string }[] = [
  { panel: 'inspector', label: 'Inspector' },
  { panel: 'policies', label: 'Policies' },
  { panel: 'yaml', label: 'YAML' },
  { panel: 'walk', label: 'Walk' },
  { panel: 'findings', label: 'Findings' },
  { panel: 'traffic', label: 'Traffic', name: 'Traffic table' },
];

const selectPanel = (s: EditorState) => s.panel;

/** The YAML editor (CodeMirror) loads when its tab is first opened. */
const YamlPanel = lazy(async () => {
  const module = await import('../panels/YamlPanel/YamlPanel');
  return { default: module.YamlPanel };
});

/** The panels beside the canvas, as tabs. */
export function SidePanel() {
  const api = useEditorApi();
  const panel = useEditorStore(selectPanel);
  return (
    <aside className="app-side" aria-label="Panels">
      <div className="app-tabs" role="tablist" aria-label="Panels">
        {TABS.map((t) => (
          <button
            key={t.panel}
            type="button"
            role="tab"
            id={`tab-${t.panel}`}
            aria-selected={panel === t.panel}
            aria-controls={`tabpanel-${t.panel}`}
            aria-label={t.name}
            onClick={() => {
              api.getState().openPanel(t.panel);
            }}
          >
            {t.panel === 'findings' ? <FindingsTabLabel /> : t.label}
          </button>
        ))}
      </div>
      <div
        className="app-tabpanel"
        role="tabpanel"
        id={`tabpanel-${panel}`}
        aria-labelledby={`tab-${panel}`}
      >
        {panel === 'inspector' && <Inspector />}
        {panel === 'policies' && <PolicyPanel />}
        {panel === 'walk' && <WalkPanel />}
        {panel === 'findings' && <FindingsPanel />}
        {panel === 'traffic' && <TrafficTable />}
        {panel === 'yaml' && (
          <Suspense fallback={<p className="panel-hint">Loading the YAML editor…</p>}>
            <YamlPanel />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
