import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { deriveLines, linesForPage } from '../derived/derive';
import type { DeriveReply } from './deriveProtocol';
import type { FlowGroup } from '../derived/flowGroups';
import { docReplies, linesSent } from './docReplies';
import { LINES_PER_PART, linesReplies } from './lineParts';

const doc = generateCluster({ pods: 12, policies: 6, namespaces: 2, seed: 4 });
const edited = { ...doc, policies: doc.policies.slice(1) };
const lines = deriveLines(edited, createEvaluator().compile(edited), {
  doc,
  index: createEvaluator().compile(doc),
});

describe('what the worker sends first for a new document', () => {
  it('is its lines, with the tables to follow, when the page has not seen it', () => {
    const request = {
      type: 'doc',
      seq: 2,
      doc: edited,
      collapsed: [],
      known: false,
      shown: 0,
    } as const;
    expect(docReplies(request, lines)).toEqual({
      replies: linesReplies(2, linesForPage(lines, [])),
      tablesDue: true,
    });
  });

  it('is only what it changed when the page has its lines and tables (undo, redo)', () => {
    const request = {
      type: 'doc',
      seq: 3,
      doc: edited,
      collapsed: [],
      known: true,
      shown: 0,
    } as const;
    expect(lines.changes.length).toBeGreaterThan(0);
    expect(docReplies(request, lines)).toEqual({
      replies: [{ type: 'changes', seq: 3, changes: lines.changes }],
      tablesDue: false,
    });
  });
});

describe('the lines the worker sends after an edit', () => {
  const first = deriveLines(doc, createEvaluator().compile(doc));
  const request = (seq: number, shown: number) =>
    ({ type: 'doc', seq, doc: edited, collapsed: [], known: false, shown }) as const;
  const sentOf = (replies: readonly DeriveReply[]) =>
    replies.flatMap((r) =>
      r.type === 'lines' ? r.lines.groups : r.type === 'linesPart' ? r.groups : [],
    );

  it('are ids where the lines the page shows hold them as they are', () => {
    const sent = linesSent();
    docReplies(request(1, 0), first, sent);
    const again = sentOf(docReplies(request(2, 1), lines, sent).replies);
    const page = linesForPage(lines, []).groups;
    expect(again).toHaveLength(page.length);
    expect(again.filter((g) => typeof g === 'string').length).toBeGreaterThan(page.length / 2);
    const before = new Map<string, FlowGroup>(linesForPage(first, []).groups.map((g) => [g.id, g]));
    for (const [i, g] of again.entries()) {
      const line = page[i];
      if (typeof g === 'string') expect(before.get(g)).toEqual(line);
      else expect(g).toEqual(line);
    }
  });

  it('are whole when the page shows lines the worker no longer holds', () => {
    const sent = linesSent(2);
    for (const seq of [1, 2, 3]) docReplies(request(seq, 0), first, sent);
    const again = sentOf(docReplies(request(4, 1), lines, sent).replies);
    expect(again).toEqual(
      linesReplies(4, linesForPage(lines, []), LINES_PER_PART).flatMap((r) =>
        r.type === 'lines' ? r.lines.groups : [],
      ),
    );
  });

  it('are ids after an undo the page showed at once, for the document it went back to', () => {
    const sent = linesSent();
    docReplies(request(1, 0), first, sent);
    docReplies({ ...request(2, 0), known: true }, lines, sent);
    const again = sentOf(docReplies(request(3, 2), lines, sent).replies);
    expect(again.every((g) => typeof g === 'string')).toBe(true);
  });
});
