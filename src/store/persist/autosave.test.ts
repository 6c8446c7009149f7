import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { threeTierCluster } from '../../engine/__fixtures__/clusters/threeTier';
import { parseFiles, serializeDocument } from '../../io';
import { EMPTY_DOC } from '../../model';
import { AUTOSAVE_KEY, designLoad, designSave, startAutosave } from './autosave';
import type { DesignStorage } from './autosave';
import { createEditorStore } from '../createEditorStore';

function memoryStorage(): DesignStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v) };
}

/** The three-tier document as the importer produces it (normalized). */
function threeTier() {
  const parsed = parseFiles([{ name: 't', text: serializeDocument(threeTierCluster([])) }]);
  if (!parsed.ok) throw new Error('fixture does not import');
  return parsed.doc;
}

describe('when a design is saved and loaded', () => {
  it('gives back the same document and positions', () => {
    const storage = memoryStorage();
    const doc = threeTier();
    designSave(storage, { doc, positions: { 'namespace:prod': { x: 10, y: 20 } } });
    expect(designLoad(storage)).toEqual({ doc, positions: { 'namespace:prod': { x: 10, y: 20 } } });
  });

  it('restores an empty design', () => {
    const storage = memoryStorage();
    designSave(storage, { doc: EMPTY_DOC, positions: {} });
    expect(designLoad(storage)).toEqual({ doc: EMPTY_DOC, positions: {} });
  });
});

describe('when the saved entry is missing or damaged', () => {
  it.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 99, yaml: '', positions: {} })],
    [
      'YAML that does not import',
      JSON.stringify({ version: 1, yaml: 'kind: Nope', positions: {} }),
    ],
  ])('loads nothing (%s)', (_name, value) => {
    const storage = memoryStorage();
    if (value !== null) storage.map.set(AUTOSAVE_KEY, value);
    expect(designLoad(storage)).toBeNull();
  });

  it('drops positions that are not finite points', () => {
    const storage = memoryStorage();
    const positions = { a: { x: 1, y: 2 }, b: { x: 'no', y: 2 }, c: null };
    storage.map.set(AUTOSAVE_KEY, JSON.stringify({ version: 1, yaml: '', positions }));
    expect(designLoad(storage)?.positions).toEqual({ a: { x: 1, y: 2 } });
  });
});

describe('when autosave runs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a burst of changes, not on every change', () => {
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const store = createEditorStore();
    const autosave = startAutosave(store, storage, 100);
    store.getState().replaceDoc(threeTier());
    store.getState().setPositions({ 'namespace:prod': { x: 1, y: 1 } });
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(designLoad(storage)?.doc).toEqual(store.getState().doc);
    autosave.stop();
  });

  it('ignores changes of selection alone', () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    const autosave = startAutosave(store, storage, 100);
    store.getState().select({ kind: 'node', id: 'namespace:prod' });
    vi.advanceTimersByTime(1000);
    expect(storage.map.size).toBe(0);
    autosave.stop();
  });

  it('saves what is pending at once when flushed', () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    const autosave = startAutosave(store, storage, 100);
    store.getState().replaceDoc(threeTier());
    autosave.flush();
    expect(designLoad(storage)?.doc).toEqual(store.getState().doc);
    autosave.stop();
  });
});
