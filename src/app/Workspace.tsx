import { useCallback } from 'react';
import { Canvas } from '../canvas/Canvas';
import { selectIsEmpty, selectionRemoval, useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { EmptyCanvas } from './EmptyCanvas';
import { FlowDialog } from './FlowDialog';
import { HelpDialog } from './HelpDialog';
import { PasteDialog } from './PasteDialog';
import { SidePanel } from './SidePanel';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import { useAppCommands } from './useAppCommands';
import { useFileDrop } from './useFileDrop';
import { useShortcuts } from './useShortcuts';

const selectDialog = (s: EditorState) => s.dialog;

/** The page: toolbar, palette, canvas, panels, status line and dialogs. */
export function Workspace() {
  const api = useEditorApi();
  const empty = useEditorStore(selectIsEmpty);
  const dialog = useEditorStore(selectDialog);
  const commands = useAppCommands();
  const deleteSelection = useCallback(() => {
    const state = api.getState();
    const edit = selectionRemoval(state);
    if (edit === null) return;
    state.dispatch(edit);
    state.select(null);
  }, [api]);
  useShortcuts(api, deleteSelection);
  useFileDrop(commands.openFiles);
  return (
    <div className="app">
      <Toolbar commands={commands} />
      <div className="app-body">
        <main className="app-canvas" aria-label="Canvas">
          <Canvas />
          {empty && <EmptyCanvas onOpenExample={commands.openExample} />}
        </main>
        <SidePanel />
      </div>
      <StatusLine />
      {dialog === 'paste' && <PasteDialog />}
      {dialog === 'help' && <HelpDialog />}
      {dialog === 'flow' && <FlowDialog />}
    </div>
  );
}
