/**
 * Which design a document belongs to. An edit (`dispatch`) keeps the design
 * of the document it edited, so an undo or redo within it stays in it; an
 * import, an example, a lesson step or YAML applied whole starts a design of
 * its own. While a document's findings and matrix are worked out, those of an
 * earlier document of the same design may stand in (marked as updating);
 * another design's never do (`selectTablesShown`).
 *
 * Each store keeps its own lineage (`DocumentSlice.lineage`): a document one
 * store's user edited is not thereby of the same design in another store of
 * the page (a lesson's embedded canvas, a test's second store).
 */
import type { Doc } from '../model';

/** The first document of each edited document's design (documents are never changed in place). */
export type DesignLineage = WeakMap<Doc, Doc>;

export function designLineageNew(): DesignLineage {
  return new WeakMap();
}

function designOf(lineage: DesignLineage, doc: Doc): Doc {
  return lineage.get(doc) ?? doc;
}

/** `to` was made from `from` by an edit of the user's: it belongs to the same design. */
export function designEdited(lineage: DesignLineage, from: Doc, to: Doc): void {
  if (from !== to && !lineage.has(to)) lineage.set(to, designOf(lineage, from));
}

/** Whether `a` and `b` are documents of one design (one was edited, step by step, into the other). */
export function sameDesign(lineage: DesignLineage, a: Doc, b: Doc): boolean {
  return designOf(lineage, a) === designOf(lineage, b);
}
