import type { Autosave, EditorStore } from '../store';
import { EditorProvider } from '../store';
import { StorageNotice } from './StorageNotice';
import { Workspace } from './Workspace';

export function App({ store, autosave }: { store: EditorStore; autosave?: Autosave }) {
  return (
    <EditorProvider store={store}>
      <Workspace
        notices={
          autosave === undefined
            ? undefined
            : (commands) => <StorageNotice autosave={autosave} onSaveDesign={commands.saveDesign} />
        }
      />
    </EditorProvider>
  );
}
