import { describe, expect, it } from 'vitest';
import { COMPACT_BELOW, NAMES_BELOW, zoomBandOf } from './zoomBand';

describe('the level of detail at a zoom', () => {
  it('draws everything at the normal size and closer', () => {
    expect(zoomBandOf(1)).toBe('full');
    expect(zoomBandOf(2)).toBe('full');
    expect(zoomBandOf(COMPACT_BELOW)).toBe('full');
  });

  it('hides the small print once it would be too small to read', () => {
    expect(zoomBandOf(COMPACT_BELOW - 0.01)).toBe('compact');
    expect(zoomBandOf(NAMES_BELOW)).toBe('compact');
  });

  it('draws only names when zoomed far out', () => {
    expect(zoomBandOf(NAMES_BELOW - 0.01)).toBe('names');
    expect(zoomBandOf(0.15)).toBe('names');
  });
});
