/**
 * One store, several slices (zustand's slices pattern). A fresh store per
 * test or per page: `createEditorStore({ doc })`.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { createEvaluator } from '../engine';
import type { Doc } from '../model';
import { createAuthoringSlice } from './slices/authoringSlice';
import { createCompareSlice } from './compare/compareSlice';
import { createPathGroupsMemo } from './derived/pathGroupsMemo';
import { createDerivedSlice } from './slices/derivedSlice';
import { createDocumentSlice } from './slices/documentSlice';
import type { EditorState, PlacesDrawn, Positions } from './editorState';
import { createHistorySlice } from './slices/historySlice';
import { createLayoutSlice } from './slices/layoutSlice';
import { createLessonSlice } from './slices/lessonSlice';
import { createSettingsSlice } from './slices/settingsSlice';
import { createUiSlice } from './slices/uiSlice';
import { createWalkSlice } from './slices/walkSlice';
import { createYamlDraftSlice, settleYamlDrafts } from './slices/yamlDraftSlice';

export type EditorStore = StoreApi<EditorState>;

export interface EditorStoreOptions {
  readonly doc?: Doc;
  readonly positions?: Positions;
  /** Namespaces drawn collapsed from the start. */
  readonly collapsed?: readonly string[];
  /** Where the page's canvas draws the nodes (`drawnPlaces`): an edit keeps them there. */
  readonly placesDrawn?: PlacesDrawn;
}

export function createEditorStore(options: EditorStoreOptions = {}): EditorStore {
  const store = createStore<EditorState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createHistorySlice(...a),
    ...createLayoutSlice(...a),
    ...createUiSlice(...a),
    ...createWalkSlice(...a),
    ...createLessonSlice(...a),
    ...createAuthoringSlice(...a),
    ...createSettingsSlice(...a),
    ...createYamlDraftSlice(...a),
    ...createCompareSlice(...a),
    ...createDerivedSlice(...a),
    evaluator: createEvaluator(),
    pathGroupsMemo: createPathGroupsMemo(),
  }));
  settleYamlDrafts(store);
  if (options.doc !== undefined) store.setState({ doc: options.doc });
  if (options.positions !== undefined) store.setState({ positions: options.positions });
  if (options.placesDrawn !== undefined) store.setState({ placesDrawn: options.placesDrawn });
  if (options.collapsed !== undefined) store.getState().resetCollapsed(options.collapsed);
  // The design the page opens with is the last saved one until the user saves or opens another.
  store.getState().keepSavedCopy('loaded');
  return store;
}
