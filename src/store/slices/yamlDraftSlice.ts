/**
 * The YAML tab's drafts (`yamlDrafts.ts`), kept while the tab is closed, and set aside the
 * moment another design is on screen, whether the tab is open or not.
 */
import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { sameDesign } from '../designLineage';
import type { EditorState } from '../editorState';
import { NO_DRAFTS, draftsSettled, draftsTyped, draftsWithout } from '../yamlDrafts';
import type { YamlDraftSlice } from '../yamlDrafts';

export const createYamlDraftSlice: StateCreator<EditorState, [], [], YamlDraftSlice> = (set) => ({
  yamlDrafts: NO_DRAFTS,
  typeYamlDraft: (text, live, doc) => {
    set((s) => ({ yamlDrafts: draftsTyped(s.yamlDrafts, text, live, doc) }));
  },
  discardYamlDraft: () => {
    set((s) =>
      s.yamlDrafts.editing === null ? {} : { yamlDrafts: { ...s.yamlDrafts, editing: null } },
    );
  },
  dropYamlDraft: (draft) => {
    set((s) => ({ yamlDrafts: draftsWithout(s.yamlDrafts, draft) }));
  },
});

/**
 * Sets the draft being edited aside as soon as the design on screen is another than the one it
 * was typed over (a file, an example, a lesson, a saved design opened), in the same update, so
 * that no render shows it as a draft of that design and Apply never puts it over that one.
 */
export function settleYamlDrafts(store: StoreApi<EditorState>): () => void {
  return store.subscribe((state, before) => {
    if (state.doc === before.doc) return;
    const settled = draftsSettled(state.yamlDrafts, (d) => sameDesign(state.lineage, d, state.doc));
    if (settled !== state.yamlDrafts) store.setState({ yamlDrafts: settled });
  });
}
