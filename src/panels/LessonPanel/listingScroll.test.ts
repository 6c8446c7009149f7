import { describe, expect, it } from 'vitest';
import { CONTEXT_ABOVE, CONTEXT_BELOW, listingScrollTop } from './listingScroll';

describe('when the policy pane of a lesson step opens', () => {
  it('stays at the top when the marked lines show from there', () => {
    expect(listingScrollTop({ top: 300, bottom: 420 }, 500)).toBe(0);
    expect(listingScrollTop(null, 200)).toBe(0);
  });

  it('brings the first marked line near the top, with the lines before it, when they would not show', () => {
    expect(listingScrollTop({ top: 400, bottom: 460 }, 300)).toBe(400 - CONTEXT_ABOVE);
  });

  it('scrolls when the marked lines show but nothing after them does', () => {
    expect(listingScrollTop({ top: 400, bottom: 440 }, 440)).toBe(400 - CONTEXT_ABOVE);
    expect(listingScrollTop({ top: 400, bottom: 440 }, 440 + CONTEXT_BELOW - 1)).toBe(
      400 - CONTEXT_ABOVE,
    );
    expect(listingScrollTop({ top: 400, bottom: 440 }, 440 + CONTEXT_BELOW)).toBe(0);
  });

  it('never scrolls above the top', () => {
    expect(listingScrollTop({ top: 20, bottom: 900 }, 300)).toBe(0);
  });
});
