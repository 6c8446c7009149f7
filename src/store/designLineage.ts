/**
 * Which design a document belongs to. An edit (`dispatch`) keeps the design
 * of the document it edited, so an undo or redo within it stays in it; an
 * import, an example, a lesson step or YAML applied whole starts a design of
 * its own. While a document's findings and matrix are worked out, those of an
 * earlier document of the same design may stand in (marked as updating);
 * another design's never do (`selectTablesShown`).
 */
import type { Doc } from '../model';

/** The first document of each edited document's design (documents are never changed in place). */
const firstOf = new WeakMap<Doc, Doc>();

function designOf(doc: Doc): Doc {
  return firstOf.get(doc) ?? doc;
}

/** `to` was made from `from` by an edit of the user's: it belongs to the same design. */
export function designEdited(from: Doc, to: Doc): void {
  if (from !== to && !firstOf.has(to)) firstOf.set(to, designOf(from));
}

/** Whether `a` and `b` are documents of one design (one was edited, step by step, into the other). */
export function sameDesign(a: Doc, b: Doc): boolean {
  return designOf(a) === designOf(b);
}
