import { describe, expect, it } from 'vitest';
import { CALLOUT_GAP, calloutBandFor, placeCallout, topBandFor } from './calloutPlacement';
import type { Box, CalloutScene } from './calloutPlacement';

const pane = { width: 850, height: 480 };
const callout = { width: 300, height: 150 };
const web: Box = { x: 100, y: 260, width: 220, height: 110 };
const db: Box = { x: 500, y: 260, width: 220, height: 110 };
const palette: Box = { x: 10, y: 10, width: 520, height: 40 };

function boxAt(scene: CalloutScene): Box {
  return { ...placeCallout(scene).at, ...scene.callout };
}

function covers(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box): boolean {
  return a.x >= 0 && a.y >= 0 && a.x + a.width <= pane.width && a.y + a.height <= pane.height;
}

describe('when there is room above the walked nodes', () => {
  it('puts the callout above them, centred on the packet', () => {
    const scene = { pane, callout, anchor: { x: 500, y: 315 }, avoid: [web, db], keepOut: [] };
    const box = boxAt(scene);
    expect(box.y + box.height).toBeLessThanOrEqual(web.y - CALLOUT_GAP);
    expect(box.x + box.width / 2).toBe(500);
  });
});

describe('when the palette takes the room above the nodes', () => {
  it('puts the callout below them instead, clear of the palette', () => {
    const scene = {
      pane,
      callout,
      anchor: { x: 320, y: 220 },
      avoid: [
        { ...web, y: 150 },
        { ...db, y: 150 },
      ],
      keepOut: [palette],
    };
    const box = boxAt(scene);
    expect(covers(box, palette)).toBe(false);
    expect(covers(box, { ...web, y: 150 })).toBe(false);
    expect(inside(box)).toBe(true);
  });
});

describe('when the nodes sit at the top edge of the canvas', () => {
  it('never leaves the canvas', () => {
    const top = [
      { ...web, y: -40 },
      { ...db, y: -40 },
    ];
    const box = boxAt({ pane, callout, anchor: { x: 500, y: 10 }, avoid: top, keepOut: [] });
    expect(inside(box)).toBe(true);
    expect(top.some((n) => covers(box, n))).toBe(false);
  });
});

describe('when the nodes fill the canvas', () => {
  const big: Box = { x: 0, y: 0, width: 850, height: 480 };
  const scene = { pane, callout, anchor: { x: 425, y: 240 }, avoid: [big], keepOut: [palette] };

  it('stays inside the canvas and says the nodes are not clear', () => {
    expect(inside(boxAt(scene))).toBe(true);
    expect(placeCallout(scene).clear).toBe(false);
  });

  it('asks for a band at the top below the palette, tall enough for the callout', () => {
    expect(topBandFor(callout, [palette], pane)).toBe(50 + 150 + 2 * CALLOUT_GAP);
  });

  it('once the nodes are fitted below that band, the callout sits above them, clear', () => {
    const band = topBandFor(callout, [palette], pane);
    const fitted = { ...big, y: band, height: pane.height - band };
    const place = placeCallout({ ...scene, avoid: [fitted], anchor: { x: 425, y: band + 40 } });
    expect(place.clear).toBe(true);
    expect(covers({ ...place.at, ...callout }, palette)).toBe(false);
  });
});

describe('when the view is fitted again to make room for the callout', () => {
  const tall = { width: 380, height: 300 };
  it('keeps the band at the top where the canvas has the height for it', () => {
    const roomy = { width: 1360, height: 700 };
    const band = calloutBandFor(tall, [], roomy, { width: 1050, height: 200 });
    expect(band).toEqual({ side: 'top', size: 300 + 2 * CALLOUT_GAP });
  });

  it('keeps it beside the nodes on a low canvas, where a top band leaves them a strip', () => {
    const low = { width: 896, height: 410 };
    const band = calloutBandFor(tall, [], low, { width: 1050, height: 450 });
    expect(band).toEqual({ side: 'right', size: 380 + 2 * CALLOUT_GAP });
    // Beside: 0.44 of the design's size; under a top band it would be 0.16.
    const zoom = Math.min((low.width - band.size - 2 * CALLOUT_GAP) / 1050, (410 - 24) / 450);
    expect(zoom).toBeGreaterThan(0.4);
  });
});

describe('when a card of the design stands above the walked nodes', () => {
  it('puts the callout where it hides no card, though farther from the packet', () => {
    // Online Boutique: checkoutservice stands above frontend → cartservice, where the callout
    // went and hid its name.
    const checkout: Box = { x: 380, y: 60, width: 180, height: 90 };
    const scene = {
      pane,
      callout,
      anchor: { x: 400, y: 315 },
      avoid: [web, db],
      cards: [checkout],
      keepOut: [],
    };
    const box = boxAt(scene);
    expect(covers(box, checkout)).toBe(false);
    expect([web, db].some((n) => covers(box, n))).toBe(false);
    expect(inside(box)).toBe(true);
  });

  it('still covers a card rather than a walked node when nothing else is free', () => {
    const everywhere = [0, 1, 2, 3].map((i) => ({ x: 0, y: i * 120, width: 850, height: 100 }));
    const scene = {
      pane,
      callout,
      anchor: { x: 400, y: 315 },
      avoid: [web, db],
      cards: everywhere,
      keepOut: [],
    };
    const box = boxAt(scene);
    expect([web, db].some((n) => covers(box, n))).toBe(false);
  });
});
