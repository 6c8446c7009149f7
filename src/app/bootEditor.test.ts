import { describe, expect, it } from 'vitest';
import type { SavedDesign } from '../store';
import { collapsedOnOpen } from '../store';
import { generateCluster } from '../engine/__fixtures__/generate';
import { EMPTY_DOC } from '../model';
import { bootEditor, searchWithoutFixture } from './bootEditor';
import { fixtureDoc } from './fixtures';

function savedWork(saved: boolean): SavedDesign | null {
  if (!saved) return null;
  return { doc: fixtureDoc('three-tier')!, positions: { 'namespace:prod': { x: 3, y: 4 } } };
}

describe('when the page opens', () => {
  it('loads the fixture named in the address, even over saved work', () => {
    const boot = bootEditor('?fixture=three-tier', savedWork(true));
    expect(boot.origin).toBe('fixture');
    expect(boot.store.getState().positions).toEqual({});
  });

  it('names the example opened over saved work, so the saved design is kept', () => {
    expect(bootEditor('?fixture=three-tier', savedWork(true)).example).toBe(
      'Three-tier application (web, api, db)',
    );
  });

  it('opens the example plainly when nothing, or an empty design, is saved', () => {
    expect(bootEditor('?fixture=three-tier', null).example).toBeNull();
    const empty = { doc: EMPTY_DOC, positions: {} };
    expect(bootEditor('?fixture=three-tier', empty).example).toBeNull();
  });

  it('restores the saved design and layout when no fixture is named', () => {
    const boot = bootEditor('', savedWork(true));
    expect(boot.origin).toBe('autosave');
    expect(boot.store.getState().positions).toEqual({ 'namespace:prod': { x: 3, y: 4 } });
    expect(boot.store.getState().doc.workloads).toHaveLength(5);
  });

  it('restores which namespaces were collapsed', () => {
    const saved = savedWork(true)!;
    const boot = bootEditor('', { ...saved, collapsed: ['dev'] });
    expect(boot.store.getState().collapsed).toEqual(['dev']);
    // a small design saved before collapsing was kept opens by the rule: nothing collapsed
    expect(bootEditor('', saved).store.getState().collapsed).toEqual([]);
  });

  it('keeps the saved places of a collapsed design, a box moved by hand included', () => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 12, seed: 3 });
    const positions = { 'namespace:ns-3': { x: 123, y: 522 } };
    const boot = bootEditor('', { doc, positions, collapsed: collapsedOnOpen(doc) });
    // no layout packs the boxes again over the stored positions
    expect(boot.store.getState().layoutRequest).toBeNull();
    expect(boot.store.getState().positions).toEqual(positions);
  });

  it('packs the boxes of an older entry that opens collapsed by the rule', () => {
    const doc = generateCluster({ pods: 200, policies: 90, namespaces: 12, seed: 3 });
    const boot = bootEditor('', { doc, positions: { 'namespace:ns-3': { x: 0, y: 500 } } });
    expect(boot.store.getState().collapsed.length).toBeGreaterThan(0);
    expect(boot.store.getState().layoutRequest?.scope).toBe('boxes');
  });

  it('starts empty without fixture or saved work', () => {
    expect(bootEditor('?fixture=unknown', savedWork(false)).origin).toBe('empty');
    expect(bootEditor('', null).origin).toBe('empty');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'treats ?fixture=%s as no fixture and restores the saved design',
    (name) => {
      expect(bootEditor(`?fixture=${name}`, savedWork(true)).origin).toBe('autosave');
      expect(bootEditor(`?fixture=${name}`, null).origin).toBe('empty');
    },
  );
});

describe('the address after a fixture is loaded', () => {
  it('drops the fixture and keeps other parameters', () => {
    expect(searchWithoutFixture('?fixture=three-tier')).toBe('');
    expect(searchWithoutFixture('?fixture=three-tier&e2e=1')).toBe('?e2e=1');
  });
});

describe('when the page opens a design shared by link', () => {
  const shared: SavedDesign = {
    doc: { ...fixtureDoc('three-tier')!, title: 'Shop' },
    positions: { 'namespace:dev': { x: 7, y: 8 } },
  };

  it('shows the shared design with its layout, whatever the address or the saved work', () => {
    const boot = bootEditor('?fixture=three-tier', savedWork(true), shared);
    expect(boot.origin).toBe('link');
    expect(boot.store.getState().doc).toBe(shared.doc);
    expect(boot.store.getState().positions).toEqual(shared.positions);
  });

  it('keeps the saved design, naming the shared one by its name', () => {
    expect(bootEditor('', savedWork(true), shared).example).toBe('Shop');
    const untitled = { ...shared, doc: fixtureDoc('three-tier')! };
    expect(bootEditor('', savedWork(true), untitled).example).toBe('Untitled design');
    expect(bootEditor('', null, shared).example).toBeNull();
  });
});
