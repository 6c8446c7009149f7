import type { EditorStore } from '../store';
import { EditorProvider } from '../store';
import { Workspace } from './Workspace';

export function App({ store }: { store: EditorStore }) {
  return (
    <EditorProvider store={store}>
      <Workspace />
    </EditorProvider>
  );
}
