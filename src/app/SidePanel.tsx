import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { Inspector } from '../panels/Inspector/Inspector';
import { PolicyPanel } from '../panels/PolicyPanel/PolicyPanel';
import { WalkPanel } from '../panels/WalkPanel/WalkPanel';
import { FindingsPanel } from '../panels/FindingsPanel/FindingsPanel';
import { FindingsTabLabel } from '../panels/FindingsPanel/FindingsTabLabel';
import { TrafficTable } from '../panels/TrafficTable/TrafficTable';
import { ComparePanel } from '../panels/ComparePanel/ComparePanel';
import { useEditorApi, useEditorStore } from '../store';
import type { EditorState, PanelName } from '../store';
import { LessonEditor } from './lesson/editor/LessonEditor';
import { PanelBoundary } from './PanelBoundary';
import { useRetryableLazy } from './useRetryableLazy';

/** `name` is the tab's full accessible name where its visible label is shortened to fit one row. */
const TABS: readonly { panel: PanelName; label: string; name?: string }[] = [
  { panel: 'inspector', label: 'Inspector' },
  { panel: 'policies', label: 'Policies' },
  { panel: 'yaml', label: 'YAML' },
  { panel: 'walk', label: 'Walk' },
  { panel: 'findings', label: 'Findings' },
  { panel: 'traffic', label: 'Traffic', name: 'Traffic table' },
];

/** Leads the row while a lesson is being written, so that it is never scrolled out of sight. */
const AUTHOR_TAB = { panel: 'author', label: 'Lesson', name: 'Lesson editor' } as const;

/** Leads the row while a comparison is open ("Compare with…"). */
const COMPARE_TAB = { panel: 'compare', label: 'Compare', name: 'Comparison' } as const;

const selectPanel = (s: EditorState) => s.panel;
const selectAuthoring = (s: EditorState) => s.authoring !== null;
const selectComparing = (s: EditorState) => s.comparing !== null;

/** The YAML editor (CodeMirror) loads when its tab is first opened. */
const loadYamlPanel = () => import('../panels/YamlPanel/YamlPanel');
const pickYamlPanel = (module: Awaited<ReturnType<typeof loadYamlPanel>>) => module.YamlPanel;

const PANEL_NAMES: Record<PanelName, string> = {
  inspector: 'the Inspector',
  policies: 'the Policies panel',
  yaml: 'the YAML editor',
  walk: 'the Walk panel',
  findings: 'the Findings panel',
  traffic: 'the Traffic table',
  author: 'the Lesson editor',
  compare: 'the comparison',
};

/** The panels beside the canvas, as tabs. */
export function SidePanel() {
  const api = useEditorApi();
  const panel = useEditorStore(selectPanel);
  const authoring = useEditorStore(selectAuthoring);
  const comparing = useEditorStore(selectComparing);
  const tabs = [...(authoring ? [AUTHOR_TAB] : []), ...(comparing ? [COMPARE_TAB] : []), ...TABS];
  const [YamlPanel, retryYaml] = useRetryableLazy(loadYamlPanel, pickYamlPanel);
  let content: ReactNode;
  switch (panel) {
    case 'inspector':
      content = <Inspector />;
      break;
    case 'policies':
      content = <PolicyPanel />;
      break;
    case 'walk':
      content = <WalkPanel />;
      break;
    case 'findings':
      content = <FindingsPanel />;
      break;
    case 'traffic':
      content = <TrafficTable />;
      break;
    case 'author':
      content = <LessonEditor />;
      break;
    case 'compare':
      content = <ComparePanel />;
      break;
    case 'yaml':
      content = (
        <Suspense fallback={<p className="panel-hint">Loading the YAML editor…</p>}>
          <YamlPanel />
        </Suspense>
      );
      break;
  }
  return (
    <aside className="app-side" aria-label="Panels">
      <div className="app-tabs" role="tablist" aria-label="Panels">
        {tabs.map((t) => (
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
        <PanelBoundary
          key={panel}
          what={PANEL_NAMES[panel]}
          {...(panel === 'yaml' ? { onRetry: retryYaml } : {})}
        >
          {content}
        </PanelBoundary>
      </div>
    </aside>
  );
}
