import { describe, expect, it } from 'vitest';
import { decodeEntry } from './designEntry';
import { ENTRY_VERSION, migrateEntry } from './migrations';

const V1_YAML = ['apiVersion: v1', 'kind: Namespace', 'metadata: {name: prod}'].join('\n');

describe('an entry saved by an older version', () => {
  it('is brought to the current version', () => {
    const migrated = migrateEntry({ version: 1, yaml: '', positions: {} });
    expect(migrated.ok && migrated.entry.version).toBe(ENTRY_VERSION);
  });

  it('of version 1 (localStorage) loads with its design and positions', () => {
    const v1 = JSON.stringify({
      version: 1,
      yaml: V1_YAML,
      positions: { 'namespace:prod': { x: 1, y: 2 } },
    });
    const decoded = decodeEntry(v1);
    expect(decoded.ok && decoded.design.doc.namespaces.map((n) => n.name)).toEqual(['prod']);
    expect(decoded.ok && decoded.design.positions).toEqual({ 'namespace:prod': { x: 1, y: 2 } });
    expect(decoded.ok && decoded.meta).toEqual({ savedAt: 0, tab: '' });
  });

  it('of version 2 (before designs had names) loads untitled', () => {
    const v2 = JSON.stringify({ version: 2, savedAt: 7, tab: 't', yaml: V1_YAML, positions: {} });
    const decoded = decodeEntry(v2);
    expect(decoded.ok && decoded.design.doc.namespaces.map((n) => n.name)).toEqual(['prod']);
    expect(decoded.ok && 'title' in decoded.design.doc).toBe(false);
    expect(decoded.ok && decoded.meta).toEqual({ savedAt: 7, tab: 't' });
  });
});

describe('an entry of a version this app does not know', () => {
  it('is refused, newer ones with the version named', () => {
    const newer = migrateEntry({ version: ENTRY_VERSION + 1 });
    expect(newer.ok ? '' : newer.reason).toContain(`format ${ENTRY_VERSION + 1}`);
    expect(migrateEntry({ version: 0 }).ok).toBe(false);
    expect(migrateEntry({}).ok).toBe(false);
  });
});
