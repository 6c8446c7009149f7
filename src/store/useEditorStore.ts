/**
 * The React binding: `useEditorStore(selectDoc)` subscribes to the smallest
 * part of the state; `useEditorApi()` gives the store for event handlers.
 */
import { useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorStore } from './createEditorStore';
import { EditorContext } from './editorContext';
import type { EditorState } from './editorState';

export function useEditorApi(): EditorStore {
  const store = useContext(EditorContext);
  if (store === null) throw new Error('useEditorStore outside <EditorProvider>');
  return store;
}

export function useEditorStore<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorApi(), selector);
}
