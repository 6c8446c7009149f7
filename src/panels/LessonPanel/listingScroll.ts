/**
 * Where the policy pane beside a lesson step opens: at its top (the policy's
 * name and kind) when the marked lines are then on show, else scrolled so
 * that the first marked line sits a little below the pane's top edge, with
 * the line or two before it for context.
 */
export interface MarkedSpan {
  /** From the top of the pane's content, in pixels. */
  readonly top: number;
  readonly bottom: number;
}

/** Pixels of content kept above the first marked line when the pane must scroll. */
export const CONTEXT_ABOVE = 48;

export function listingScrollTop(marked: MarkedSpan | null, paneHeight: number): number {
  if (marked === null || marked.bottom <= paneHeight) return 0;
  return Math.max(0, marked.top - CONTEXT_ABOVE);
}
