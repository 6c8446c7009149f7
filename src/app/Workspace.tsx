import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { Canvas } from '../canvas/Canvas';
import { LessonBar } from '../panels/LessonPanel/LessonBar';
import { LessonPolicy } from '../panels/LessonPanel/LessonPolicy';
import { MatrixPanel } from '../panels/MatrixPanel/MatrixPanel';
import { selectIsEmpty, selectionRemoval, useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';
import { useTheme } from '../theme/useTheme';
import { CompareDialog } from './compare/CompareDialog';
import { EmptyCanvas } from './EmptyCanvas';
import { PanelBoundary } from './PanelBoundary';
import { FlowDialog } from './FlowDialog';
import { FindButton, RelayoutButton } from './find/FindButton';
import { FindDialog } from './find/FindDialog';
import { HelpDialog } from './HelpDialog';
import { Handout } from './lesson/handout/Handout';
import { LaserPointer } from './lesson/LaserPointer';
import { LessonsDialog } from './lesson/LessonsDialog';
import { PluginBanner } from './lesson/PluginBanner';
import { PresentationToolbar } from './lesson/PresentationToolbar';
import { usePresentingRoom } from './lesson/usePresentingRoom';
import { useLessonKeys } from './lesson/useLessonKeys';
import { ViewTools } from './lesson/ViewTools';
import './lesson/workshop.css';
import { PasteDialog } from './PasteDialog';
import { GenerateDialog } from './generate/GenerateDialog';
import { MatrixCsvButton } from './MatrixCsvButton';
import { PictureButton } from './PictureButton';
import { PictureDialog } from './PictureDialog';
import { SidePanel } from './SidePanel';
import { StatusLine } from './StatusLine';
import { Toolbar } from './Toolbar';
import type { AppCommands } from './useAppCommands';
import { useAppCommands } from './useAppCommands';
import { useFileDrop } from './useFileDrop';
import { useDocumentTitle } from './useDocumentTitle';
import { useShortcuts } from './useShortcuts';
import { ViewSwitch } from './ViewSwitch';

const selectDialog = (s: EditorState) => s.dialog;
const selectView = (s: EditorState) => s.view;
const selectPresenting = (s: EditorState) => s.presenting;
const selectLaser = (s: EditorState) => s.laser;
const selectHandout = (s: EditorState) => s.handout;

/** The page: toolbar, notices, palette, canvas, panels, status line and dialogs. */
export function Workspace({
  notices,
}: {
  notices?: ((commands: AppCommands) => ReactNode) | undefined;
}) {
  const api = useEditorApi();
  // The page's colours follow the setting (or the system) wherever the user is.
  useTheme();
  const empty = useEditorStore(selectIsEmpty);
  const dialog = useEditorStore(selectDialog);
  const view = useEditorStore(selectView);
  const presenting = useEditorStore(selectPresenting);
  const laser = useEditorStore(selectLaser);
  const handout = useEditorStore(selectHandout);
  const commands = useAppCommands();
  const room = usePresentingRoom();
  const deleteSelection = useCallback(() => {
    const state = api.getState();
    const edit = selectionRemoval(state);
    if (edit === null) return;
    state.dispatch(edit);
    state.select(null);
  }, [api]);
  useShortcuts(api, deleteSelection);
  useFileDrop(commands.openFiles);
  useLessonKeys();
  useDocumentTitle();
  return (
    <div
      className={[
        'app',
        presenting ? 'is-presenting' : '',
        view === 'matrix' ? 'shows-matrix' : '',
        laser ? 'is-lasering' : '',
        room.panel ? '' : 'hides-side',
        room.text ? '' : 'is-text-one-line',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {presenting ? <PresentationToolbar /> : <Toolbar commands={commands} />}
      {notices?.(commands)}
      <div className="app-body">
        <div className="app-main">
          <PluginBanner />
          <LessonBar />
          <div className="view-row">
            <div className="view-lead">
              <ViewSwitch />
              <FindButton />
              {view === 'canvas' ? <RelayoutButton /> : <MatrixCsvButton />}
              <PictureButton />
            </div>
            <ViewTools />
          </div>
          <div
            className="app-view"
            role="tabpanel"
            id="view-panel"
            aria-labelledby={`view-${view}`}
          >
            {view === 'matrix' ? (
              <main className="app-canvas" aria-label="Reachability matrix">
                <PanelBoundary key="matrix" what="the matrix">
                  <MatrixPanel />
                </PanelBoundary>
              </main>
            ) : (
              <main className="app-canvas" aria-label="Canvas">
                <PanelBoundary key="canvas" what="the canvas">
                  <Canvas />
                </PanelBoundary>
                {empty && <EmptyCanvas onOpenExample={commands.openExample} />}
              </main>
            )}
            {view === 'canvas' && <LessonPolicy />}
          </div>
        </div>
        <SidePanel />
      </div>
      <StatusLine />
      {dialog === 'paste' && <PasteDialog />}
      {dialog === 'help' && <HelpDialog />}
      {dialog === 'flow' && <FlowDialog />}
      {dialog === 'lessons' && <LessonsDialog />}
      {dialog === 'find' && <FindDialog />}
      {dialog === 'generate' && <GenerateDialog />}
      {dialog === 'picture' && <PictureDialog />}
      {dialog === 'compare' && <CompareDialog />}
      <LaserPointer />
      {handout !== null && <Handout lesson={handout} />}
    </div>
  );
}
