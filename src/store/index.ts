export type { Autosave, DesignStorage, SavedDesign } from './autosave';
export { AUTOSAVE_KEY, designLoad, designSave, startAutosave } from './autosave';
export type { EditorStore, EditorStoreOptions } from './createEditorStore';
export { createEditorStore } from './createEditorStore';
export type {
  DialogName,
  EditorState,
  FlowDraft,
  Notice,
  PanelName,
  Position,
  Positions,
  Selection,
} from './editorState';
export { EditorProvider } from './EditorProvider';
export type { NodeRef } from './nodeIds';
export { nodeIdOf, nodeRefParse } from './nodeIds';
export type { Isolation } from './selectors';
export {
  selectCanRedo,
  selectCanUndo,
  selectDoc,
  selectDocumentYaml,
  selectPositions,
  selectSelection,
  selectHighlightedPods,
  selectIndex,
  selectIsEmpty,
  selectIsolation,
  selectPoliciesYaml,
} from './selectors';
export { useEditorApi, useEditorStore } from './useEditorStore';
