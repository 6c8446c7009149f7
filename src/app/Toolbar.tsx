import { useRef } from 'react';
import { selectCanRedo, selectCanUndo, useEditorApi, useEditorStore } from '../store';
import { DesignTitle } from './DesignTitle';
import { WorkshopTools } from './lesson/WorkshopTools';
import type { AppCommands } from './useAppCommands';

/** The header: file commands, the example, undo and redo, help. */
export function Toolbar({ commands }: { commands: AppCommands }) {
  const api = useEditorApi();
  const canUndo = useEditorStore(selectCanUndo);
  const canRedo = useEditorStore(selectCanRedo);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="app-header">
      <div className="app-brand">
        <h1 className="app-title">netpol-canvas</h1>
        <DesignTitle />
      </div>
      <nav className="app-toolbar" aria-label="Toolbar">
        <div className="app-toolgroup" role="group" aria-label="File">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,.json,.jsonl,.csv,text/yaml"
            multiple
            hidden
            aria-label="YAML files or flow logs to open"
            onChange={(e) => {
              void commands.openFiles([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
          <button
            type="button"
            onClick={() => {
              api.getState().openDialog('paste');
            }}
          >
            Paste YAML…
          </button>
          <button
            type="button"
            onClick={commands.saveDesign}
            title="The whole design: namespaces, workloads, external endpoints and policies"
          >
            Save design
          </button>
          <button
            type="button"
            onClick={() => {
              api.getState().openDialog('compare');
            }}
            aria-label="Compare with…"
            title="Compare with a file or the last saved design: what this design allows and blocks that it did not"
          >
            Compare…
          </button>
          <button
            type="button"
            onClick={commands.exportPolicies}
            title="Only the NetworkPolicies, ready for kubectl create -f"
          >
            Export .yaml
          </button>
          <button type="button" onClick={() => void commands.copyPolicies()}>
            Copy YAML
          </button>
          <button
            type="button"
            onClick={() => void commands.copyLink()}
            title="A link that holds the whole design, layout and name: nothing is sent to a server"
          >
            Copy link
          </button>
        </div>
        <div className="app-toolgroup" role="group" aria-label="Design">
          <button type="button" onClick={commands.openExample}>
            Three-tier example
          </button>
          <button type="button" onClick={commands.newDesign}>
            New
          </button>
        </div>
        <div className="app-toolgroup" role="group" aria-label="History">
          <button
            type="button"
            onClick={() => {
              api.getState().undo();
            }}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => {
              api.getState().redo();
            }}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
          >
            Redo
          </button>
        </div>
        <WorkshopTools />
        <button
          type="button"
          className="app-help-button"
          onClick={() => {
            api.getState().openDialog('help');
          }}
        >
          Help
        </button>
      </nav>
    </header>
  );
}
