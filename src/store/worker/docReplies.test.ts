import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { deriveLines, linesForPage } from '../derived/derive';
import { docReplies } from './docReplies';
import { linesReplies } from './lineParts';

const doc = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
const edited = { ...doc, policies: doc.policies.slice(1) };
const lines = deriveLines(edited, createEvaluator().compile(edited), {
  doc,
  index: createEvaluator().compile(doc),
});

describe('what the worker sends first for a new document', () => {
  it('is its lines, with the tables to follow, when the page has not seen it', () => {
    const request = { type: 'doc', seq: 2, doc: edited, collapsed: [], known: false } as const;
    expect(docReplies(request, lines)).toEqual({
      replies: linesReplies(2, linesForPage(lines, [])),
      tablesDue: true,
    });
  });

  it('is only what it changed when the page has its lines and tables (undo, redo)', () => {
    const request = { type: 'doc', seq: 3, doc: edited, collapsed: [], known: true } as const;
    expect(lines.changes.length).toBeGreaterThan(0);
    expect(docReplies(request, lines)).toEqual({
      replies: [{ type: 'changes', seq: 3, changes: lines.changes }],
      tablesDue: false,
    });
  });
});
