import { useCallback, useRef } from 'react';
import { selectDoc, useEditorStore } from '../../store';
import type { EditorState, YamlDraft } from '../../store';

const selectDrafts = (s: EditorState) => s.yamlDrafts;
const selectDiscard = (s: EditorState) => s.discardYamlDraft;
const selectDrop = (s: EditorState) => s.dropYamlDraft;
const selectType = (s: EditorState) => s.typeYamlDraft;

export interface YamlDraftsShown {
  /** The text being edited, a draft of the design on screen; null while there is none. */
  readonly draft: string | null;
  /** Drafts typed over designs opened before this one, oldest first. */
  readonly setAside: readonly YamlDraft[];
  readonly typed: (text: string) => void;
  readonly discard: () => void;
  readonly drop: (draft: YamlDraft) => void;
}

/**
 * The YAML tab's drafts for the design on screen, whose YAML is `live`. The store keeps them
 * (`store/yamlDrafts.ts`): they outlast the tab, and a draft typed over a design is set aside as
 * soon as another design is on screen, the tab open or not.
 */
export function useYamlDrafts(live: string | null): YamlDraftsShown {
  const doc = useEditorStore(selectDoc);
  const drafts = useEditorStore(selectDrafts);
  const discard = useEditorStore(selectDiscard);
  const drop = useEditorStore(selectDrop);
  const typeDraft = useEditorStore(selectType);
  const shown = useRef({ live, doc });
  shown.current = { live, doc };
  const typed = useCallback(
    (text: string) => {
      const { live: liveText, doc: over } = shown.current;
      if (liveText !== null) typeDraft(text, liveText, over);
    },
    [typeDraft],
  );
  return { draft: drafts.editing?.text ?? null, setAside: drafts.setAside, typed, discard, drop };
}
