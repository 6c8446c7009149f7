import type { ReactNode } from 'react';
import type { EditorStore } from './createEditorStore';
import { EditorContext } from './editorContext';

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext value={store}>{children}</EditorContext>;
}
