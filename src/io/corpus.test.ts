/**
 * Every real manifest of `../shared/corpus/real` (next to the repository)
 * imports without errors and round-trips; `derived-*` files give the same
 * NetworkPolicies as the file they re-encode. Skipped when the folder is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../model';
import { parseFiles } from './parse';
import { serializeDocument, serializePolicies } from './serialize';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = resolve(ROOT, '../shared/corpus/real');
const FILES = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
  : [];

function importFile(name: string): Doc {
  const result = parseFiles([{ name, text: readFileSync(resolve(DIR, name), 'utf8') }]);
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  expect(errors).toEqual([]);
  if (!result.ok) throw new Error(`${name} did not import`);
  return result.doc;
}

function importText(text: string): Doc {
  const result = parseFiles([{ name: 'export.yaml', text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.doc;
}

/** The file a `derived-*` file re-encodes: the first corpus file its header names. */
function baseOf(name: string): string | undefined {
  const header = readFileSync(resolve(DIR, name), 'utf8').split('\n').slice(0, 6).join('\n');
  return [...header.matchAll(/[A-Za-z0-9-]+\.yaml/g)]
    .map((match) => match[0])
    .find((candidate) => candidate !== name && FILES.includes(candidate));
}

// Skipped where ../shared/corpus/real is not next to the repository (a fresh clone alone).
describe.skipIf(FILES.length === 0)('when importing the real-world corpus', () => {
  it.each(FILES)('imports %s with at least one policy and no error', (name) => {
    expect(importFile(name).policies.length).toBeGreaterThan(0);
  });

  it.each(FILES)('round-trips %s through the policy export', (name) => {
    const doc = importFile(name);
    const text = serializePolicies(doc);
    const again = importText(text);
    expect(again.policies).toEqual(doc.policies);
    expect(serializePolicies(again)).toBe(text);
  });

  it.each(FILES)('round-trips %s through the whole-design export', (name) => {
    const doc = importFile(name);
    const text = serializeDocument(doc);
    expect(importText(text)).toEqual(doc);
  });

  const derived = FILES.filter((name) => name.startsWith('derived-'));
  it.each(derived)('reads %s as the same policies as the file it derives from', (name) => {
    const base = baseOf(name);
    expect(base).toBeDefined();
    expect(importFile(name).policies).toEqual(importFile(base ?? '').policies);
  });
});
