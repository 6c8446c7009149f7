// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore, selectMatrixView } from '../../store';
import { MATRIX_LEGEND, matrixSvg } from './matrixSvg';

function threeTierView(filter?: { text: string }) {
  const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')?.doc;
  const store = createEditorStore(doc === undefined ? {} : { doc });
  if (filter !== undefined) store.getState().setMatrixFilter(filter);
  return selectMatrixView(store.getState());
}

function parsed(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

function textsIn(doc: Document, group: string): string[] {
  const g = doc.querySelector(`g[aria-label="${group}"]`);
  return [...(g?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
}

describe('the matrix as a picture', () => {
  it('names every source down the side and every destination across, under their namespaces', () => {
    const view = threeTierView();
    const doc = parsed(matrixSvg(view).svg);
    const names = view.matrix.nodes.map((n) => n.name);
    expect(names).toContain('db');
    expect(textsIn(doc, 'Sources')).toEqual(expect.arrayContaining([...names, 'prod']));
    expect(textsIn(doc, 'Destinations')).toEqual(expect.arrayContaining([...names, 'prod']));
  });

  it('draws each cell with the symbol of its verdict, one per source and destination', () => {
    const view = threeTierView();
    const doc = parsed(matrixSvg(view).svg);
    const symbols = textsIn(doc, 'Cells');
    expect(symbols).toHaveLength(view.rows.length * view.cols.length);
    expect(new Set(symbols)).toEqual(new Set(['✓', '✕', '·']));
    const web = view.rows.indexOf(view.matrix.nodes.findIndex((n) => n.label === 'prod/web'));
    const db = view.cols.indexOf(view.matrix.nodes.findIndex((n) => n.label === 'prod/db'));
    expect(symbols[web * view.cols.length + db]).toBe('✕');
  });

  it('holds only what the matrix filter shows, and is as large as its rows and columns', () => {
    const all = matrixSvg(threeTierView());
    const view = threeTierView({ text: 'db' });
    const narrow = matrixSvg(view);
    expect(view.rows.length).toBeLessThan(view.matrix.nodes.length);
    expect(textsIn(parsed(narrow.svg), 'Cells')).toHaveLength(view.rows.length * view.cols.length);
    expect(narrow.width).toBeLessThan(all.width);
    expect(narrow.svg).toMatch(
      new RegExp(`^<svg [^>]*width="${String(narrow.width)}" height="${String(narrow.height)}"`),
    );
  });

  it('explains every mark in its legend', () => {
    expect(MATRIX_LEGEND.map((item) => item.label)).toEqual([
      'every port allowed',
      'some ports allowed',
      'no port allowed',
      'nothing to check',
    ]);
    expect(MATRIX_LEGEND[2]?.mark).toContain('>✕</text>');
  });
});
