/**
 * Checks an edit from a form before it is dispatched, with the importer's own
 * validation (the API server's rules and messages): the edited design is
 * written as YAML and read back. An edit is refused only when it turns a
 * valid design into an invalid one.
 */
import type { DocEdit } from '../engine';
import { applyEdit } from '../engine';
import { parseFiles, serializeDocument } from '../io';
import type { Doc, Issue } from '../model';
import { memoWeak } from './derived/memoWeak';

function errorsOf(doc: Doc): Issue[] {
  const yaml = serializeDocument(doc);
  if (yaml.trim() === '') return [];
  const parsed = parseFiles([{ name: 'design', text: yaml }]);
  return parsed.issues.filter((i) => i.severity === 'error');
}

const isValid = memoWeak((doc: Doc) => errorsOf(doc).length === 0);

/** Why the edit cannot be made (the first problem it introduces), or null. */
export function editProblem(doc: Doc, edit: DocEdit): string | null {
  const next = applyEdit(doc, edit);
  if (next === doc || !isValid(doc)) return null;
  const first = errorsOf(next)[0];
  if (first === undefined) return null;
  return first.path === '' ? first.message : `${first.path}: ${first.message}`;
}
