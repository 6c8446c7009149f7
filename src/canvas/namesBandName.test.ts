import { describe, expect, it } from 'vitest';
import { nameWidthEm } from './nameEm';
import { namesBandName } from './namesBandName';

const card = (name: string) => ({ name, kind: 'Deployment', services: false });

describe('a workload name zoomed out to names', () => {
  it('is 36 px at the desk and 40 px presented when one line holds it', () => {
    expect(namesBandName(card('web'), false)).toEqual({ px: 36, fits: true });
    expect(namesBandName(card('web'), true)).toEqual({ px: 40, fits: true });
  });

  it('is drawn smaller where its words break into a third line the card cannot hold', () => {
    // By its length, 34.6 px on two lines; but "worker-999" does not follow "app-3-" on the
    // first, nor fit the second at that size.
    const name = namesBandName(card('app-3-worker-999'), false);
    expect(name.px).toBeLessThan(554 / 16);
    expect(name.px).toBeGreaterThanOrEqual(28);
    expect(name.fits).toBe(true);
  });

  it('is as large as its longest line holds, within a step: not a generous guess smaller', () => {
    // "worker-999" on the card's 214 px: 6.49 em of the card's font, so 32.97 px at most.
    const name = namesBandName(card('app-3-worker-999'), false);
    expect(name.px).toBeLessThanOrEqual(214 / nameWidthEm('worker-999'));
    expect(name.px).toBeGreaterThan(214 / nameWidthEm('worker-999') - 0.5);
  });

  it('draws neighbours whose two lines hold them at the full 36 px, presented too', () => {
    for (const neighbour of ['app-2-worker-26', 'app-0-cache-676', 'app-2-cache-426']) {
      expect(namesBandName(card(neighbour), false).px, neighbour).toBe(36);
      expect(namesBandName(card(neighbour), true).px, neighbour).toBe(36);
    }
  });

  it('is drawn no larger than its longest word holds a line, never broken in two', () => {
    // "prometheus-" is 7.26 em: 29.4 px on the card's 214 px, not 36 on broken lines.
    expect(namesBandName(card('prometheus-k8s'), false).px).toBe(29.4);
    expect(namesBandName(card('recommendationservice'), true).px).toBe(22.2);
  });

  it('keeps the size of its length when its words fill two lines', () => {
    expect(namesBandName(card('app-3-web-12'), false).px).toBe(36);
  });

  it('fits on three smaller lines when long (the card grows for it at full zoom)', () => {
    const name = namesBandName(card('payment-gateway-adapter-for-external-card-processor'), false);
    expect(name.fits).toBe(true);
    expect(name.px).toBeGreaterThanOrEqual(14);
  });

  it('does not fit when its words take four lines at the least size: its card keeps its clip', () => {
    // Each word more than half a line: one a line.
    const long = 'abcdefghijklmn-'.repeat(4);
    expect(namesBandName(card(long), false).fits).toBe(false);
    expect(namesBandName(card(long), true).fits).toBe(false);
  });
});

describe('the width of a name as its card draws it', () => {
  it('is what Chromium measures of the bold system sans, never less', () => {
    // Measured in Chromium on Debian (DejaVu Sans Bold, weight 650): 10.048 em.
    const em = nameWidthEm('app-3-worker-999');
    expect(em).toBeGreaterThanOrEqual(10.048);
    expect(em).toBeLessThan(10.048 * 1.02);
  });

  it('counts a character it does not know as wide as its widest', () => {
    expect(nameWidthEm('☃')).toBe(nameWidthEm('W'));
  });
});
