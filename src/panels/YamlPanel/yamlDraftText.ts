import { parseFiles } from '../../io';
import type { ParseResult } from '../../io';
import { EMPTY_DOC } from '../../model';
import type { Doc } from '../../model';

const FILE_NAME = 'YAML panel';

/** A draft's text read as a design: empty text is the empty design. */
export function draftParsed(text: string): ParseResult {
  if (text.trim() === '') return { ok: true, doc: EMPTY_DOC, issues: [] };
  return parseFiles([{ name: FILE_NAME, text }]);
}

/** A design's name as the YAML tab says it: quoted, or "an untitled design". */
export function designNamed(doc: Doc): string {
  return doc.title === undefined || doc.title === '' ? 'an untitled design' : `“${doc.title}”`;
}
