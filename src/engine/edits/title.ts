/**
 * The design's name (`Doc.title`). A name is one line of text: surrounding
 * spaces and line breaks inside are not part of it, and an empty name is no
 * name (the design is untitled).
 */
import type { Doc } from '../../model';

/** The name as it is kept: one line, trimmed; '' when nothing is left. */
export function titleNormalize(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** `doc` named `title`; the same object when the name does not change. */
export function titleSet(doc: Doc, title: string): Doc {
  const next = titleNormalize(title);
  if (next === (doc.title ?? '')) return doc;
  if (next !== '') return { ...doc, title: next };
  const { title: _old, ...untitled } = doc;
  return untitled;
}
