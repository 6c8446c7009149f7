/**
 * Where a lesson step points on the canvas, as canvas node ids: the nodes it
 * names (highlighted) and the connection it is about (selected, so that its
 * explanation shows in the inspector). Ends the document does not have are
 * left out: a trainer may have edited the design since the step loaded it.
 */
import type { LessonConnection, LessonStep } from '../../../workshop';
import { lessonNodeOf } from '../../../workshop';
import type { Doc } from '../../../model';
import type { Selection } from '../../editorState';
import type { NodeId } from '../../ids';
import { edgeIdOf, nodeIdOfEnd } from '../../ids';

export interface LessonFocusIds {
  /** Node ids of `focus.nodes` found in the document. */
  readonly nodes: readonly string[];
  /** The connection's line, `<from id>><to id>`, or null. */
  readonly connection: { readonly id: string; readonly from: string; readonly to: string } | null;
  /** The ids of the lines the step draws (`focus.lines`) whose ends the document has. */
  readonly lines: readonly string[];
}

function idOf(doc: Doc, text: string): NodeId | null {
  const node = lessonNodeOf(doc, text);
  return node === null ? null : nodeIdOfEnd(node);
}

function lineOf(doc: Doc, connection: LessonConnection) {
  const from = idOf(doc, connection.from);
  const to = idOf(doc, connection.to);
  return from === null || to === null ? null : { id: edgeIdOf(from, to), from, to };
}

export function lessonFocusIds(step: Pick<LessonStep, 'focus'>, doc: Doc): LessonFocusIds {
  const nodes = (step.focus.nodes ?? []).flatMap((text) => idOf(doc, text) ?? []);
  const lines = (step.focus.lines ?? []).flatMap((line) => lineOf(doc, line)?.id ?? []);
  const { connection } = step.focus;
  return { nodes, connection: connection === undefined ? null : lineOf(doc, connection), lines };
}

/**
 * What a step selects: its connection's line (with the source's paths on show
 * when neither a rule's line nor a line of the step joins the two nodes, so
 * the line is drawn), else its one node, else nothing.
 */
export function lessonSelection(focus: LessonFocusIds, ruleLines: ReadonlySet<string>): Selection {
  const { connection } = focus;
  if (connection !== null) {
    const drawn = ruleLines.has(connection.id) || focus.lines.includes(connection.id);
    return drawn
      ? { kind: 'flow', id: connection.id, focus: null }
      : { kind: 'flow', id: connection.id, focus: connection.from, cameFrom: 'lesson' };
  }
  const [only, ...others] = focus.nodes;
  return only !== undefined && others.length === 0 ? { kind: 'node', id: only } : null;
}
