/**
 * Where the policy pane beside a lesson step opens: at its top (the policy's
 * name and kind) when the marked lines, and a line or two after them, are
 * then on show, else scrolled so that the first marked line sits a little
 * below the pane's top edge, with the line or two before it for context. A
 * marked `- podSelector:` means little without the selector under it.
 */
export interface MarkedSpan {
  /** From the top of the pane's content, in pixels. */
  readonly top: number;
  readonly bottom: number;
}

/** Pixels of content kept above the first marked line when the pane must scroll. */
export const CONTEXT_ABOVE = 48;

/** Pixels of content that must show below the last marked line for the pane to stay at its top. */
export const CONTEXT_BELOW = 48;

export function listingScrollTop(marked: MarkedSpan | null, paneHeight: number): number {
  if (marked === null || marked.bottom + CONTEXT_BELOW <= paneHeight) return 0;
  return Math.max(0, marked.top - CONTEXT_ABOVE);
}
