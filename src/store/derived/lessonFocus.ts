/**
 * Where a lesson step points on the canvas, as canvas node ids: the nodes it
 * names (highlighted) and the connection it is about (selected, so that its
 * explanation shows in the inspector). Ends the document does not have are
 * left out: a trainer may have edited the design since the step loaded it.
 */
import type { LessonStep } from '../../workshop';
import { lessonNodeOf } from '../../workshop';
import type { Doc } from '../../model';
import type { Selection } from '../editorState';
import type { NodeId } from '../ids';
import { edgeIdOf, nodeIdOfEnd } from '../ids';

export interface LessonFocusIds {
  /** Node ids of `focus.nodes` found in the document. */
  readonly nodes: readonly string[];
  /** The connection's line, `<from id>><to id>`, or null. */
  readonly connection: { readonly id: string; readonly from: string; readonly to: string } | null;
}

function idOf(doc: Doc, text: string): NodeId | null {
  const node = lessonNodeOf(doc, text);
  return node === null ? null : nodeIdOfEnd(node);
}

export function lessonFocusIds(step: LessonStep, doc: Doc): LessonFocusIds {
  const nodes = (step.focus.nodes ?? []).flatMap((text) => idOf(doc, text) ?? []);
  const { connection } = step.focus;
  if (connection === undefined) return { nodes, connection: null };
  const from = idOf(doc, connection.from);
  const to = idOf(doc, connection.to);
  if (from === null || to === null) return { nodes, connection: null };
  return { nodes, connection: { id: edgeIdOf(from, to), from, to } };
}

/**
 * What a step selects: its connection's line (with the source's paths on show
 * when no rule's line joins the two nodes, so the line is drawn), else its one
 * node, else nothing.
 */
export function lessonSelection(focus: LessonFocusIds, ruleLines: ReadonlySet<string>): Selection {
  const { connection } = focus;
  if (connection !== null) {
    const drawn = ruleLines.has(connection.id);
    return { kind: 'flow', id: connection.id, focus: drawn ? null : connection.from };
  }
  const [only, ...others] = focus.nodes;
  return only !== undefined && others.length === 0 ? { kind: 'node', id: only } : null;
}
