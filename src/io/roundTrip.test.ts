import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../model';
import { arbDoc } from '../engine/__fixtures__/arbitraries';
import { arbNormalizedDoc } from './__fixtures__/arbNormalizedDoc';
import { parseFiles } from './parse';
import { serializeDocument, serializePolicies } from './serialize';
import { propertyRuns } from '../engine/__fixtures__/propertyRuns';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

function parsedDoc(text: string, name = 'export.yaml'): Doc {
  const result = parseFiles([{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.doc;
}

/** Exported and imported again, `doc` comes back the same, and exports to the same bytes. */
function expectSameAfterRoundTrip(doc: Doc): void {
  const text = serializeDocument(doc);
  const again = parsedDoc(text);
  expect(again).toEqual(doc);
  expect(serializeDocument(again)).toBe(text);
}

describe('when a design is exported and imported again', () => {
  for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.yaml'))) {
    it(`gives back the same document and the same bytes (${name})`, () => {
      expectSameAfterRoundTrip(parsedDoc(readFileSync(FIXTURES + name, 'utf8'), name));
    });

    it(`keeps the same policies through a policies-only export (${name})`, () => {
      const doc = parsedDoc(readFileSync(FIXTURES + name, 'utf8'), name);
      const text = serializePolicies(doc);
      if (doc.policies.length === 0) return;
      const again = parsedDoc(text);
      expect(again.policies).toEqual(doc.policies);
      expect(serializePolicies(again)).toBe(text);
    });
  }

  it('round-trips generated documents', () => {
    fc.assert(
      fc.property(arbNormalizedDoc(), (doc) => {
        expectSameAfterRoundTrip(doc);
      }),
      propertyRuns(300),
    );
  });

  it("round-trips the engine's generated documents", () => {
    fc.assert(
      fc.property(arbDoc(), (doc) => {
        expectSameAfterRoundTrip(doc);
      }),
      propertyRuns(300),
    );
  });

  it('normalizes hand-written documents once: the second trip changes nothing', () => {
    fc.assert(
      fc.property(arbDoc({ normalized: false }), (doc) => {
        const once = parsedDoc(serializeDocument(doc));
        expect(once.policies.map((policy) => policy.metadata.name)).toEqual(
          doc.policies.map((policy) => policy.metadata.name),
        );
        const text = serializeDocument(once);
        expect(parsedDoc(text)).toEqual(once);
        expect(serializeDocument(parsedDoc(text))).toBe(text);
      }),
      propertyRuns(300),
    );
  });
});
