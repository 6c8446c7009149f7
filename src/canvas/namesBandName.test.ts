import { describe, expect, it } from 'vitest';
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
