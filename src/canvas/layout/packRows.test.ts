import { describe, expect, it } from 'vitest';
import { EVERY_ROW_FROM, TOP_GAP, packRows, repackTop } from './packRows';
import { NAMESPACE_COLLAPSED } from '../layoutGeometry';
import { layoutAimOf } from '../fitPadding';

/** How much of a canvas of `aspect` (width over height) the fitted picture fills across. */
function widthFilled(packed: { width: number; height: number }, aspect: number): number {
  return Math.min(1, packed.width / packed.height / aspect);
}

describe('packing the top level of a design in rows', () => {
  // A 40-workload dump at 1440x900: four ends of broad rules, kube-system, three namespaces.
  const boxes = [
    ...Array.from({ length: 4 }, () => ({ width: 220, height: 76 })),
    { width: 584, height: 420 },
    { width: 652, height: 640 },
    { width: 630, height: 860 },
    { width: 556, height: 400 },
  ];
  const aspect = 975 / 720;

  it('fills most of the canvas width once fitted, not a column', () => {
    expect(widthFilled(packRows(boxes, aspect), aspect)).toBeGreaterThan(0.8);
  });

  it('keeps the boxes in their order, left to right and row by row, never overlapping', () => {
    const { places } = packRows(boxes, aspect);
    for (let i = 1; i < places.length; i++) {
      const [a, b] = [places[i - 1], places[i]];
      if (a === undefined || b === undefined) throw new Error('a box has no place');
      expect(b.y > a.y || (b.y === a.y && b.x >= a.x + (boxes[i - 1]?.width ?? 0))).toBe(true);
    }
  });

  it('reports the size of the rows it placed, for a dump of a hundred boxes', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      width: 200 + ((i * 37) % 300),
      height: 80 + ((i * 53) % 500),
    }));
    const packed = packRows(many, 16 / 9);
    const right = Math.max(...packed.places.map((p, i) => p.x + (many[i]?.width ?? 0)));
    const bottom = Math.max(...packed.places.map((p, i) => p.y + (many[i]?.height ?? 0)));
    expect(packed.places).toHaveLength(many.length);
    expect([packed.width, packed.height]).toEqual([right, bottom]);
    expect(new Set(packed.places.map((p) => p.y)).size).toBeGreaterThan(3);
    expect(widthFilled(packed, 16 / 9)).toBeGreaterThan(0.8);
  });

  it('moves only the top-level nodes: what is inside a box stays where ELK put it', () => {
    const inside = { id: 'workload:a/w', x: 24, y: 56, width: 236, height: 112 };
    const laidOut = {
      id: 'root',
      children: [
        { id: 'namespace:a', x: 0, y: 900, width: 300, height: 200, children: [inside] },
        { id: 'namespace:b', x: 0, y: 0, width: 300, height: 200 },
      ],
    };
    const packed = repackTop(laidOut, 16 / 9);
    expect(packed.children?.map((n) => [n.x, n.y])).toEqual([
      [0, 0],
      [364, 0],
    ]);
    expect(packed.children?.[0]?.children).toEqual([inside]);
  });
});

describe('packing boxes in rows a gap apart, beside a block', () => {
  const square = { width: 100, height: 100 };
  const ten = Array.from({ length: 10 }, () => square);

  it('leaves the gap asked for between the boxes of a row and between rows', () => {
    const { places } = packRows(ten, 1, { gap: 10 });
    const xs = [...new Set(places.map((p) => p.x))].sort((a, b) => a - b);
    const ys = [...new Set(places.map((p) => p.y))].sort((a, b) => a - b);
    expect(xs.slice(0, 2)).toEqual([0, 110]);
    expect(ys.slice(0, 2)).toEqual([0, 110]);
  });

  it('starts the rows right of the block while it runs alongside, and below it after', () => {
    const beside = { width: 300, height: 250, gap: 40 };
    const packed = packRows(ten, 1, { gap: 10, beside });
    for (const p of packed.places) {
      expect(p.y >= beside.height || p.x >= beside.width + beside.gap).toBe(true);
    }
    expect(packed.places.some((p) => p.x === beside.width + beside.gap)).toBe(true);
    expect(packed.places.some((p) => p.x === 0 && p.y >= beside.height)).toBe(true);
    expect(packed.height).toBeGreaterThanOrEqual(beside.height);
  });

  it('fits the picture with its frame to the aim: a tall frame makes one row', () => {
    const square = packRows(ten, 1, { gap: 10 });
    const framed = packRows(ten, 1, { gap: 10, frame: { width: 0, height: 1000 } });
    expect(new Set(square.places.map((p) => p.y)).size).toBeGreaterThan(2);
    expect(new Set(framed.places.map((p) => p.y)).size).toBe(1);
  });
});

describe('the top level of a design on a wide screen', () => {
  // The canvas beside the side panel of a 1920×1080 window; a fitted design is drawn within
  // the fit's insets (the zoom controls' and the minimap's margin along the bottom).
  const canvas = { width: 1490, height: 934 };
  const area = { width: 1490 - 32, height: 934 - 128 };
  const fitted = (packed: { width: number; height: number }) =>
    Math.min(area.width / packed.width, area.height / packed.height);
  // Twenty collapsed namespaces, then the group of IP blocks outside the cluster, in two rows.
  const boxes = [
    ...Array.from({ length: 20 }, () => NAMESPACE_COLLAPSED),
    { width: 2423, height: 282 },
  ];

  it('is packed to the shape a fitted design is drawn in, so it is drawn larger', () => {
    const aimed = packRows(boxes, layoutAimOf(canvas.width, canvas.height, false));
    const atCanvasShape = packRows(boxes, canvas.width / canvas.height);
    expect(fitted(aimed)).toBeGreaterThan(fitted(atCanvasShape) * 1.05);
  });
});

describe('the overview of a large design: collapsed boxes in rows', () => {
  // The 1,000-workload design collapsed: "Anywhere" (narrower than a namespace's box), 50
  // namespaces, the group outside the cluster; the aims of the canvas at 1440×900 and 1920×1080.
  const boxes = [
    { width: 220, height: 91 },
    ...Array.from({ length: 50 }, () => NAMESPACE_COLLAPSED),
    { width: 336, height: 104 },
  ];
  const rowsOf = (places: readonly { x: number; y: number }[]) =>
    [...new Set(places.map((p) => p.y))].map((y) =>
      places.flatMap((p, i) => (p.y === y ? [i] : [])),
    );
  for (const [screen, aim] of [
    ['1440×900', 978 / 625],
    ['1920×1080', 1458 / 805],
  ] as const) {
    const { places, width, height } = packRows(boxes, aim);
    const rows = rowsOf(places);
    const endOf = (row: readonly number[]) => {
      const last = row[row.length - 1] ?? 0;
      return (places[last]?.x ?? 0) + (boxes[last]?.width ?? 0);
    };

    it(`holds as many boxes in every row as in the first, but the last (${screen})`, () => {
      const first = rows[0]?.length ?? 0;
      for (const row of rows.slice(1, -1)) expect(row.length).toBe(first);
      expect(rows[rows.length - 1]?.length).toBeLessThanOrEqual(first);
    });

    it(`ends the first row no further right than the rows below, the last no wider (${screen})`, () => {
      const [first, second] = [rows[0] ?? [], rows[1] ?? []];
      expect(endOf(first)).toBeLessThanOrEqual(endOf(second));
      expect(endOf(rows[rows.length - 1] ?? [])).toBeLessThanOrEqual(endOf(first));
    });

    it(`fills the aim but for less than a column once fitted (${screen})`, () => {
      const column = NAMESPACE_COLLAPSED.width + TOP_GAP;
      const row = NAMESPACE_COLLAPSED.height + TOP_GAP;
      // Fitted by its height, less than a column empty across; by its width, less than a row below.
      expect(aim * height - width).toBeLessThan(column);
      expect(width / aim - height).toBeLessThan(row);
    });
  }

  it('packs a design of fewer boxes by the ends of its first row alone, as it always was', () => {
    const few = boxes.slice(0, EVERY_ROW_FROM - 2).concat(boxes.slice(-1));
    for (const aim of [978 / 625, 1458 / 805, 818 / 445]) {
      expect(packRows(few, aim)).toEqual(packRows(few, aim, { gap: TOP_GAP }));
    }
  });
});
