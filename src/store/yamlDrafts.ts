import type { Doc } from '../model';

/** YAML typed in the YAML tab and not applied: its text and the document it was typed over. */
export interface YamlDraft {
  readonly text: string;
  readonly doc: Doc;
}

/**
 * The YAML tab's drafts: the one being edited, a draft of the design on screen, and those set
 * aside because another design opened (a file, an example, a lesson, a saved design) before they
 * were applied. A set-aside draft is never applied over the design on screen: applied, it would
 * replace a design the user did not write it for.
 */
export interface YamlDrafts {
  readonly editing: YamlDraft | null;
  readonly setAside: readonly YamlDraft[];
}

export const NO_DRAFTS: YamlDrafts = { editing: null, setAside: [] };

/**
 * The drafts once the design on screen is known: the one being edited is set aside when it was
 * typed over another design (`isOfDesignShown` says no); else the drafts as they were (the same
 * object).
 */
export function draftsSettled(
  drafts: YamlDrafts,
  isOfDesignShown: (doc: Doc) => boolean,
): YamlDrafts {
  const { editing } = drafts;
  if (editing === null || isOfDesignShown(editing.doc)) return drafts;
  return { editing: null, setAside: [...drafts.setAside, editing] };
}

/** The drafts after the user typed `text` over `doc`, whose YAML is `live`. */
export function draftsTyped(drafts: YamlDrafts, text: string, live: string, doc: Doc): YamlDrafts {
  return { ...drafts, editing: text === live ? null : { text, doc } };
}

/** The drafts without `draft`, set aside. */
export function draftsWithout(drafts: YamlDrafts, draft: YamlDraft): YamlDrafts {
  return { ...drafts, setAside: drafts.setAside.filter((d) => d !== draft) };
}

/**
 * The YAML tab's drafts, kept by the store rather than by the tab: the tab closes when the user
 * opens another side tab or presents, and the edits must be there when it opens again. A design
 * opened meanwhile sets the draft aside all the same (`settleYamlDrafts`).
 */
export interface YamlDraftSlice {
  readonly yamlDrafts: YamlDrafts;
  /** The user typed `text` in the YAML tab over `doc`, whose YAML is `live`. */
  typeYamlDraft: (text: string, live: string, doc: Doc) => void;
  /** The draft of the design on screen is thrown away (Discard, or applied). */
  discardYamlDraft: () => void;
  /** A draft set aside is done with: copied and thrown away, or opened as a design. */
  dropYamlDraft: (draft: YamlDraft) => void;
}
