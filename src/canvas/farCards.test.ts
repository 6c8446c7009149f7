import { describe, expect, it } from 'vitest';
import { bandShownOf, drawsFarCardsEmpty, isCardNear } from './farCards';

const CARD = { x: 1000, y: 500, width: 200, height: 100 };

describe('when a card is far from the view', () => {
  it('is near while any part of it is in the view', () => {
    // zoom 1, the view's top left at flow (900, 450), 1440×900.
    const view = { x: -900, y: -450, zoom: 1, width: 1440, height: 900 };
    expect(isCardNear(CARD, view, 0)).toBe(true);
  });

  it('is near within the margin around the view, in screen pixels', () => {
    // The view ends at flow x 980, 20 screen px before the card.
    const view = { x: -(980 - 1440), y: -450, zoom: 1, width: 1440, height: 900 };
    expect(isCardNear(CARD, view, 0)).toBe(false);
    expect(isCardNear(CARD, view, 40)).toBe(true);
  });

  it('measures the margin on screen, so zoomed out it reaches further in the flow', () => {
    // zoom 0.5: the view ends at flow x 900, 100 flow px (50 screen px) before the card.
    const view = { x: -(900 * 0.5 - 1440), y: 0, zoom: 0.5, width: 1440, height: 900 };
    expect(isCardNear(CARD, view, 40)).toBe(false);
    expect(isCardNear(CARD, view, 60)).toBe(true);
  });

  it('is drawn in full only a little beyond the view, by default', () => {
    // The view ends at flow x 800, 200 screen px before the card.
    const view = { x: -(800 - 1440), y: -450, zoom: 1, width: 1440, height: 900 };
    expect(isCardNear(CARD, view)).toBe(false);
    expect(isCardNear({ ...CARD, x: 880 }, view)).toBe(true);
  });

  it('is far above, below and to the left of the view too', () => {
    const view = { x: 0, y: 0, zoom: 1, width: 1440, height: 900 };
    expect(isCardNear({ ...CARD, x: -300 }, view, 0)).toBe(false);
    expect(isCardNear({ ...CARD, y: 1000 }, view, 0)).toBe(false);
    expect(isCardNear({ ...CARD, y: -200 }, view, 0)).toBe(false);
    expect(isCardNear({ ...CARD, y: -200 }, view, 150)).toBe(true);
  });
});

describe('when a design has many cards', () => {
  const cards = (n: number, type: string) => Array.from({ length: n }, () => ({ type }));

  it('draws its far cards empty from 150 workloads and endpoints', () => {
    expect(drawsFarCardsEmpty(cards(149, 'workload'))).toBe(false);
    expect(drawsFarCardsEmpty([...cards(149, 'workload'), ...cards(1, 'external')])).toBe(true);
  });

  it('draws them empty on the 200-workload design, whose F may zoom from names to full', () => {
    // The bench's design (210 cards): a change of band restyled all 210 for the few in view.
    expect(drawsFarCardsEmpty(cards(210, 'workload'))).toBe(true);
  });

  it('does not count namespace boxes', () => {
    expect(drawsFarCardsEmpty([...cards(149, 'workload'), ...cards(50, 'namespace')])).toBe(false);
  });
});

describe('when the camera zooms in from the whole design', () => {
  it('keeps the band it showed while cards wait to be drawn empty', () => {
    expect(bandShownOf('compact', 'names', 825)).toBe('names');
  });

  it("shows the camera's band once none waits", () => {
    expect(bandShownOf('compact', 'names', 0)).toBe('compact');
  });
});
