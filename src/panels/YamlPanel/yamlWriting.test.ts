import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { documentParts, serializeDocument } from '../../io';
import type { DocumentPart } from '../../io';
import type { Doc } from '../../model';
import { yamlWritten } from './yamlWriting';

/** `doc`'s parts, counting how many are written. */
function counted(doc: Doc): { parts: DocumentPart[]; writes: () => number } {
  let writes = 0;
  const parts = documentParts(doc).map((part) => ({
    entry: part.entry,
    write: () => {
      writes += 1;
      return part.write();
    },
  }));
  return { parts, writes: () => writes };
}

describe('the design written as YAML a slice at a time', () => {
  const doc = generateCluster({ pods: 40, policies: 12, namespaces: 3, seed: 5 });

  it('is the whole design, as serializeDocument writes it', () => {
    expect(yamlWritten(documentParts(doc), () => false)).toBe(serializeDocument(doc));
  });

  it('stops when told, each call writing at least one part, and ends with the whole text', () => {
    const fresh = generateCluster({ pods: 40, policies: 12, namespaces: 3, seed: 6 });
    const { parts, writes } = counted(fresh);
    let calls = 1;
    let text = yamlWritten(parts, () => true);
    while (text === null) {
      calls += 1;
      expect(writes()).toBe(calls - 1);
      text = yamlWritten(parts, () => true);
    }
    expect(calls).toBe(parts.length);
    expect(text).toBe(serializeDocument(fresh));
  });

  it('after an edit writes again only what the edit changed', () => {
    yamlWritten(documentParts(doc), () => false);
    const policy = doc.policies[3]!.metadata;
    const edited = applyEdit(doc, { type: 'removePolicy', ref: policy });
    const { parts, writes } = counted(edited);
    expect(yamlWritten(parts, () => false)).toBe(serializeDocument(edited));
    expect(writes()).toBe(0);
  });
});
