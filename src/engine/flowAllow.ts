/**
 * The public gestures for flows: `allowFlow` (drawing an edge) and
 * `removeFlow` (deleting one that was drawn). See `flowDraw.ts` for which
 * rules are written and `flowRemove.ts` for how they are taken back.
 */
import type { Doc } from '../model';
import type { FlowSpec } from './docEdit';
import { flowDraw } from './flowDraw';
import type { FlowDrawResult } from './flowDraw';
import { flowRemove } from './flowRemove';

export function allowFlow(doc: Doc, flow: FlowSpec): FlowDrawResult {
  return flowDraw(doc, flow);
}

/** The document without what flow `id` added; the same document when no rule carries that id. */
export function removeFlow(doc: Doc, id: string): Doc {
  return flowRemove(doc, id);
}
