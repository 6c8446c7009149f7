import { describe, expect, it } from 'vitest';
import {
  COMPACT_BELOW,
  NAMES_BELOW,
  namespaceHeaderHeightOf,
  PRESENTING_COMPACT_BELOW,
  PRESENTING_NAMES_BELOW,
  PRESENTING_LABELS_FROM,
  LARGE_LABELS_BELOW,
  labelScaleOf,
  largeLabelsOf,
  namesBandLabelsOf,
  pickedLabelScaleOf,
  zoomBandOf,
} from './zoomBand';

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

describe('the level of detail in presentation mode', () => {
  it('grows the names sooner, so that they stay 18 px on screen', () => {
    expect(zoomBandOf(PRESENTING_COMPACT_BELOW, true)).toBe('full');
    expect(zoomBandOf(PRESENTING_COMPACT_BELOW - 0.01, true)).toBe('compact');
    expect(zoomBandOf(PRESENTING_NAMES_BELOW - 0.01, true)).toBe('names');
    // 20 px names in the full band, 30 px in the compact one
    expect(20 * PRESENTING_COMPACT_BELOW).toBeGreaterThanOrEqual(18);
    expect(30 * PRESENTING_NAMES_BELOW).toBeGreaterThanOrEqual(18);
  });

  it("draws the lines' labels 15 px low in the full band at the desk, 9 px on screen", () => {
    // The three-tier lesson's step 4 at 1440×900 sits at 0.64: its labels read 7 px at 11 px.
    expect(largeLabelsOf(0.64, false)).toBe(true);
    expect(labelScaleOf('full', false, true) * 11 * COMPACT_BELOW).toBeGreaterThanOrEqual(9 - 1e-9);
    expect(11 * LARGE_LABELS_BELOW).toBeGreaterThanOrEqual(9 - 1e-9);
    expect(largeLabelsOf(LARGE_LABELS_BELOW, false)).toBe(false);
    // Not in the compact band (20 px there), nor presented (15 px from 0.9 anyway).
    expect(largeLabelsOf(COMPACT_BELOW - 0.01, false)).toBe(false);
    expect(largeLabelsOf(0.7, true)).toBe(false);
  });

  it("keeps the lines' labels in the names band while they read 9 px, presented only", () => {
    // Online Boutique presented at 1280×720 is fitted at 0.54: its lines say their ports.
    expect(namesBandLabelsOf(0.54, true)).toBe(true);
    expect(namesBandLabelsOf(PRESENTING_LABELS_FROM, true)).toBe(true);
    expect(20 * PRESENTING_LABELS_FROM).toBeGreaterThanOrEqual(9);
    expect(namesBandLabelsOf(PRESENTING_LABELS_FROM - 0.01, true)).toBe(false);
    // Not a band of its own: the compact and full bands draw them anyway.
    expect(namesBandLabelsOf(PRESENTING_NAMES_BELOW, true)).toBe(false);
    // At the desk the names band is below 0.4, where 20 px is under 8 px.
    expect(namesBandLabelsOf(0.39, false)).toBe(false);
  });

  it("draws the lines' labels larger, and tells the router so", () => {
    expect(labelScaleOf('full', false)).toBe(1);
    expect(labelScaleOf('full', true)).toBeCloseTo(15 / 11);
    expect(labelScaleOf('compact', true)).toBeCloseTo(20 / 11);
    // At the desk too, so that a fitted design in the compact band says which port a line carries.
    expect(labelScaleOf('compact', false)).toBeCloseTo(20 / 11);
    // Where no label shows, as in the compact band: zooming in to it routes nothing again.
    expect(labelScaleOf('names', false)).toBe(labelScaleOf('compact', false));
    expect(labelScaleOf('names', true)).toBe(labelScaleOf('compact', true));
  });

  it("draws the picked line's label as large as the names when far out at the desk", () => {
    expect(pickedLabelScaleOf('compact', false)).toBeCloseTo(24 / 11);
    expect(pickedLabelScaleOf('full', false)).toBe(1);
    // Presented, and in a lesson, as the others.
    expect(pickedLabelScaleOf('compact', true)).toBeCloseTo(20 / 11);
    expect(pickedLabelScaleOf('compact', false, true)).toBeCloseTo(20 / 11);
  });
});

describe('a namespace box’s header, which line labels keep off', () => {
  it('grows with the name: presented and zoomed out it is taller', () => {
    expect(namespaceHeaderHeightOf('full', false)).toBe(41);
    expect(namespaceHeaderHeightOf('full', true)).toBeGreaterThan(41);
    expect(namespaceHeaderHeightOf('compact', true)).toBeGreaterThan(
      namespaceHeaderHeightOf('full', true),
    );
  });
});
