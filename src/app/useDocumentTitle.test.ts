import { describe, expect, it } from 'vitest';
import { tabTitleOf } from './useDocumentTitle';

describe("the tab's title", () => {
  it("is the design's name, then the app's", () => {
    expect(tabTitleOf({ title: 'shop' })).toBe('shop · netpol-canvas');
    expect(tabTitleOf({ title: undefined })).toBe('netpol-canvas');
  });

  it('is marked while the design differs from the file it was saved to or opened from', () => {
    expect(tabTitleOf({ title: 'shop', changed: true })).toBe('● shop · netpol-canvas');
    expect(tabTitleOf({ title: undefined, changed: true })).toBe('● netpol-canvas');
  });

  it("is the lesson's during a lesson, whatever its design is named", () => {
    expect(tabTitleOf({ title: undefined, lesson: 'Outside the cluster' })).toBe(
      'Lesson: Outside the cluster · netpol-canvas',
    );
    expect(tabTitleOf({ title: 'Step design', lesson: 'Three tiers', changed: true })).toBe(
      'Lesson: Three tiers · netpol-canvas',
    );
  });
});
