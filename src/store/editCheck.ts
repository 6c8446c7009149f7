/**
 * Checks an edit from a form before it is dispatched, with io's one object
 * check (the API server's rules and messages, as the policy form's): only the
 * objects the edit adds or changes are checked. An edit is refused only when
 * it makes a valid object invalid.
 */
import type { DocEdit } from '../engine';
import { applyEdit } from '../engine';
import { changeErrors } from '../io';
import type { Doc } from '../model';

/** Why the edit cannot be made (the first problem it introduces), or null. */
export function editProblem(doc: Doc, edit: DocEdit): string | null {
  const next = applyEdit(doc, edit);
  if (next === doc) return null;
  const first = changeErrors(doc, next)[0];
  if (first === undefined) return null;
  return first.path === '' ? first.message : `${first.path}: ${first.message}`;
}
