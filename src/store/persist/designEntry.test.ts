import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../model';
import { decodeEntry, encodeEntry, entryAsFile } from './designEntry';
import { threeTier } from './testDesigns';

const META = { savedAt: 5, tab: 'a' };

function load(text: string) {
  const decoded = decodeEntry(text);
  return decoded.ok ? decoded.design : null;
}

describe('when a design is saved and loaded', () => {
  it('gives back the same document and positions', () => {
    const doc = threeTier();
    const text = encodeEntry({ doc, positions: { 'namespace:prod': { x: 10, y: 20 } } }, META);
    expect(load(text)).toEqual({ doc, positions: { 'namespace:prod': { x: 10, y: 20 } } });
  });

  it('gives back the name of the design', () => {
    const doc = { ...threeTier(), title: 'Shop, production' };
    expect(load(encodeEntry({ doc, positions: {} }, META))?.doc.title).toBe('Shop, production');
  });

  it('restores an empty design', () => {
    expect(load(encodeEntry({ doc: EMPTY_DOC, positions: {} }, META))).toEqual({
      doc: EMPTY_DOC,
      positions: {},
    });
  });

  it('gives back which namespaces were collapsed, of those the design still has', () => {
    const doc = threeTier();
    const text = encodeEntry({ doc, positions: {}, collapsed: ['dev', 'gone', 'prod'] }, META);
    expect(load(text)?.collapsed).toEqual(['dev', 'prod']);
    expect(load(encodeEntry({ doc, positions: {}, collapsed: [] }, META))?.collapsed).toEqual([]);
  });

  it('gives back whether the group outside the cluster was collapsed', () => {
    const doc = threeTier();
    const text = encodeEntry({ doc, positions: {}, collapsed: ['outside:cluster', 'prod'] }, META);
    expect(load(text)?.collapsed).toEqual(['outside:cluster', 'prod']);
  });

  it('leaves the collapsed namespaces to the opening rule for an entry without them', () => {
    const text = encodeEntry({ doc: threeTier(), positions: {} }, META);
    expect(load(text)).not.toHaveProperty('collapsed');
  });

  it('tells when and by which tab it was saved', () => {
    const decoded = decodeEntry(encodeEntry({ doc: EMPTY_DOC, positions: {} }, META));
    expect(decoded.ok && decoded.meta).toEqual(META);
  });
});

describe('when the saved entry is damaged', () => {
  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['not an object', '[1]', 'not a saved design'],
    ['a newer version', JSON.stringify({ version: 99, yaml: '', positions: {} }), 'newer'],
    ['an unknown version', JSON.stringify({ version: 'x', yaml: '' }), 'unknown'],
    [
      'YAML that does not import',
      JSON.stringify({ version: 2, yaml: 'kind: Nope', positions: {} }),
      'does not pass validation',
    ],
  ])('loads nothing and says why (%s)', (_name, text, reason) => {
    expect(load(text)).toBeNull();
    const decoded = decodeEntry(text);
    expect(decoded.ok ? '' : decoded.reason).toContain(reason);
  });

  it('drops positions that are not finite points', () => {
    const positions = { a: { x: 1, y: 2 }, b: { x: 'no', y: 2 }, c: null };
    expect(load(JSON.stringify({ version: 2, yaml: '', positions }))?.positions).toEqual({
      a: { x: 1, y: 2 },
    });
  });
});

describe('an unreadable entry offered as a file', () => {
  it('is its YAML when it holds some', () => {
    expect(entryAsFile(JSON.stringify({ version: 9, yaml: 'kind: Pod' }))).toEqual({
      name: 'netpol-design-unreadable.yaml',
      text: 'kind: Pod',
    });
  });

  it('is the stored text as it is otherwise', () => {
    expect(entryAsFile('{oops')).toEqual({ name: 'netpol-design-unreadable.txt', text: '{oops' });
  });
});
