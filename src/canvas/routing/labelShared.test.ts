import { describe, expect, it } from 'vitest';
import { sharedLabelLine } from './labelShared';
import type { SharingLine } from './labelShared';

// Two lines into productcatalogservice saying "TCP 3550", one from frontend with its label at
// (500, 300), one from checkoutservice with none; and one saying "TCP 7070" into cartservice.
const line = (id: string, s: string, t: string, label: string, y: number): SharingLine => ({
  edge: { id, label },
  s: { id: s },
  t: { id: t },
  points: [
    { x: 0, y },
    { x: 1000, y },
  ],
});
const labelled = line('frontend>catalog', 'frontend', 'catalog', 'TCP 3550', 300);
const labels = new Map([['frontend>catalog', { x: 500, y: 300 }]]);
const ownLabelOf = (id: string) => labels.get(id) ?? null;

describe('a line with no label of its own, read through one saying the same', () => {
  it('shares the label of a line into the same card that it runs past', () => {
    const near = line('checkout>catalog', 'checkout', 'catalog', 'TCP 3550', 320);
    expect(sharedLabelLine(near, [labelled, near], ownLabelOf)).toBe('frontend>catalog');
  });

  it('shares none that says something else, ends elsewhere, or lies far from it', () => {
    const other = line('checkout>cart', 'checkout', 'cart', 'TCP 7070', 320);
    expect(sharedLabelLine(other, [labelled, other], ownLabelOf)).toBeNull();
    const elsewhere = line('checkout>ads', 'checkout', 'ads', 'TCP 3550', 320);
    expect(sharedLabelLine(elsewhere, [labelled, elsewhere], ownLabelOf)).toBeNull();
    // 100 px away: farther than a label's height from the label's box.
    const far = line('checkout>catalog', 'checkout', 'catalog', 'TCP 3550', 400);
    expect(sharedLabelLine(far, [labelled, far], ownLabelOf)).toBeNull();
  });

  it('shares none of a line whose label is not its own (a fan’s other line)', () => {
    const near = line('checkout>catalog', 'checkout', 'catalog', 'TCP 3550', 320);
    expect(sharedLabelLine(near, [labelled, near], () => null)).toBeNull();
  });
});
