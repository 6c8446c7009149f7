/**
 * The public gestures for flows: `allowFlow` (drawing an edge) and
 * `removeFlow` (deleting one that was drawn). See `flowDraw.ts` for which
 * rules are written and `flowRemove.ts` for how they are taken back.
 */
import type { Doc } from '../../model';
import type { FlowEnd, FlowSpec } from '../edits/types';
import { createEvaluator } from '../compile/evaluator';
import { flowDraw } from './draw';
import type { FlowDrawResult } from './draw';
import { flowRemove } from './remove';
import { verdictChanges } from '../changes/verdictChanges';
import type { VerdictChange } from '../changes/types';

export interface AllowFlowResult extends FlowDrawResult {
  /**
   * The connections to or from the flow's ends whose verdict the new rules
   * changed: the flow itself, and (the lesson) everything a newly isolated
   * pod now blocks.
   */
  readonly changes: readonly VerdictChange[];
}

function isModelNode(end: FlowEnd): boolean {
  return end.kind === 'workload' || end.kind === 'external';
}

export function allowFlow(doc: Doc, flow: FlowSpec): AllowFlowResult {
  const evaluator = createEvaluator();
  const before = { doc, index: evaluator.compile(doc) };
  const result = flowDraw(doc, flow, before.index);
  if (result.doc === doc) return { ...result, changes: [] };
  const after = { doc: result.doc, index: evaluator.compile(result.doc) };
  const focus = [flow.from, flow.to].filter(isModelNode);
  return { ...result, changes: verdictChanges(before, after, focus) };
}

/** The document without what flow `id` added; the same document when no rule carries that id. */
export function removeFlow(doc: Doc, id: string): Doc {
  return flowRemove(doc, id);
}
