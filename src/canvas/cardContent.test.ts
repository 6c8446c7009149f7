import { describe, expect, it } from 'vitest';
import { cardContentOf, isolatedOf } from './cardContent';
import { drawsLinesInLayer, LINE_LAYER_FROM } from './lineLayer';
import { zoomBandOf } from './zoomBand';
import type { ZoomBand } from './zoomBand';

const cards = (count: number) => Array.from({ length: count }, () => ({ type: 'workload' }));

/** The content of a card on a design of `count` cards at `zoom`, as the canvas works it out. */
function contentAt(zoom: number, count: number, picturing = false) {
  const band = zoomBandOf(zoom);
  return cardContentOf(band, drawsLinesInLayer({ nodes: cards(count), band, picturing }));
}

describe('what a workload card draws at a zoom band', () => {
  it('is plain zoomed out to names on a large design (the readable frame at 0.25, the fit)', () => {
    expect(contentAt(0.25, 1000)).toBe('plain');
    expect(contentAt(0.095, 1000)).toBe('plain');
    expect(contentAt(0.25, LINE_LAYER_FROM)).toBe('plain');
  });

  it('keeps the band zoomed in, where the small print reads', () => {
    const bands: ZoomBand[] = ['full', 'compact'];
    for (const band of bands) expect(cardContentOf(band, false)).toBe(band);
    expect(contentAt(0.5, 1000)).toBe('compact');
    expect(contentAt(1, 1000)).toBe('full');
  });

  it('keeps the names band on a smaller design (200 workloads fitted at 0.3) and in a picture', () => {
    expect(contentAt(0.3, 210)).toBe('names');
    expect(contentAt(0.25, LINE_LAYER_FROM - 1)).toBe('names');
    expect(contentAt(0.25, 1000, true)).toBe('names');
  });
});

describe('the isolation a plain card shows on its sides', () => {
  it('names each direction the workload is isolated for, and none when it is open', () => {
    expect(isolatedOf(true, true)).toBe('both');
    expect(isolatedOf(true, false)).toBe('ingress');
    expect(isolatedOf(false, true)).toBe('egress');
    expect(isolatedOf(false, false)).toBeUndefined();
  });
});
