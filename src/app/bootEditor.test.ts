import { describe, expect, it } from 'vitest';
import { designSave } from '../store';
import type { DesignStorage } from '../store';
import { bootEditor, searchWithoutFixture } from './bootEditor';
import { fixtureDoc } from './fixtures';

function storageWith(saved: boolean): DesignStorage {
  const map = new Map<string, string>();
  const storage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
  if (saved)
    designSave(storage, {
      doc: fixtureDoc('three-tier')!,
      positions: { 'namespace:prod': { x: 3, y: 4 } },
    });
  return storage;
}

describe('when the page opens', () => {
  it('loads the fixture named in the address, even over saved work', () => {
    const boot = bootEditor('?fixture=three-tier', storageWith(true));
    expect(boot.origin).toBe('fixture');
    expect(boot.store.getState().positions).toEqual({});
  });

  it('restores the saved design and layout when no fixture is named', () => {
    const boot = bootEditor('', storageWith(true));
    expect(boot.origin).toBe('autosave');
    expect(boot.store.getState().positions).toEqual({ 'namespace:prod': { x: 3, y: 4 } });
    expect(boot.store.getState().doc.workloads).toHaveLength(5);
  });

  it('starts empty without fixture or saved work, or without storage', () => {
    expect(bootEditor('?fixture=unknown', storageWith(false)).origin).toBe('empty');
    expect(bootEditor('', null).origin).toBe('empty');
  });
});

describe('the address after a fixture is loaded', () => {
  it('drops the fixture and keeps other parameters', () => {
    expect(searchWithoutFixture('?fixture=three-tier')).toBe('');
    expect(searchWithoutFixture('?fixture=three-tier&e2e=1')).toBe('?e2e=1');
  });
});
