import { useCallback, useRef, useState } from 'react';
import type { Doc } from '../../model';
import { sameDesign, selectDoc, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import { NO_DRAFTS, draftsSettled, draftsTyped, draftsWithout } from './yamlDrafts';
import type { YamlDraft } from './yamlDrafts';

const selectLineage = (s: EditorState) => s.lineage;

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
 * The YAML tab's drafts (`yamlDrafts.ts`) for the design on screen, whose YAML is `live`: a
 * draft typed over a design is set aside as soon as another design is on screen, in the render
 * that shows it, so that Apply never puts it over that one.
 */
export function useYamlDrafts(live: string | null): YamlDraftsShown {
  const doc = useEditorStore(selectDoc);
  const lineage = useEditorStore(selectLineage);
  const [drafts, setDrafts] = useState(NO_DRAFTS);
  const settled = draftsSettled(drafts, (d: Doc) => sameDesign(lineage, d, doc));
  if (settled !== drafts) setDrafts(settled);
  const shown = useRef({ live, doc });
  shown.current = { live, doc };
  const typed = useCallback((text: string) => {
    const { live: liveText, doc: over } = shown.current;
    if (liveText !== null) setDrafts((d) => draftsTyped(d, text, liveText, over));
  }, []);
  const discard = useCallback(() => {
    setDrafts((d) => ({ ...d, editing: null }));
  }, []);
  const drop = useCallback((draft: YamlDraft) => {
    setDrafts((d) => draftsWithout(d, draft));
  }, []);
  return { draft: settled.editing?.text ?? null, setAside: settled.setAside, typed, discard, drop };
}
