import { createContext } from 'react';
import type { EditorStore } from './createEditorStore';

/** The store of the editor on this page; tests render with their own. */
export const EditorContext = createContext<EditorStore | null>(null);
