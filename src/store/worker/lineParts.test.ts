import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { deriveLines, linesSummarised, linesWithoutSamples } from '../derived/derive';
import { collapsedOnOpen } from '../collapse/collapsedNamespaces';
import type { DeriveReply } from './deriveProtocol';
import { LINES_PER_PART, linesInParts, linesReplies, linesTaker } from './lineParts';

const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });
const lines = linesSummarised(
  linesWithoutSamples(deriveLines(doc, createEvaluator().compile(doc))),
  collapsedOnOpen(doc),
);

/** The lines as the page takes them from `replies`, each copied as `postMessage` copies it. */
function taken(replies: readonly DeriveReply[]) {
  const copies = replies.map((r) => structuredClone(r));
  const taker = linesTaker();
  for (const reply of copies) if (reply.type === 'linesPart') taker.add(reply.groups);
  const head = copies.at(-1);
  if (head?.type !== 'lines') throw new Error('the head comes last');
  return taker.done(head.lines);
}

describe('the lines sent in parts', () => {
  it('go in messages of at most the part size, the head last', () => {
    expect(lines.groups.length).toBeGreaterThan(40);
    const replies = linesReplies(7, lines, 20);
    expect(replies).toHaveLength(Math.ceil(lines.groups.length / 20));
    expect(replies.map((r) => r.type)).toEqual([
      ...replies.slice(1).map(() => 'linesPart'),
      'lines',
    ]);
    expect(replies.every((r) => 'seq' in r && r.seq === 7)).toBe(true);
    const sizes = replies.map((r) =>
      r.type === 'linesPart' ? r.groups.length : r.type === 'lines' ? r.lines.groups.length : -1,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(lines.groups.length);
  });

  it('are one message for a design of fewer lines than a part', () => {
    expect(lines.groups.length).toBeLessThan(LINES_PER_PART);
    const replies = linesReplies(1, lines);
    expect(replies.map((r) => r.type)).toEqual(['lines']);
  });

  it('come together as the lines sent, flows in the order of their lines', () => {
    const back = taken(linesReplies(3, lines, 20));
    expect(back.groups).toEqual(lines.groups);
    expect(back.flows).toEqual(lines.groups.flatMap((g) => g.flows));
    expect(new Set(back.flows.map((f) => f.id))).toEqual(new Set(lines.flows.map((f) => f.id)));
    expect(back.isolation).toEqual(lines.isolation);
    expect(back.changes).toEqual(lines.changes);
    expect(back.summaries).toEqual(lines.summaries);
  });

  it('give summaries that hold the lines taken in, not copies', () => {
    const back = taken(linesReplies(3, lines, 20));
    const groups = new Set(back.groups);
    const summarised = back.summaries?.lines;
    expect(summarised?.summaries.length).toBeGreaterThan(0);
    expect(summarised?.summaries.flatMap((s) => s.lines).every((g) => groups.has(g))).toBe(true);
    expect(summarised?.shown.every((g) => groups.has(g))).toBe(true);
  });

  it('leave out the summaries when none were worked out', () => {
    const { summaries: _none, ...plain } = lines;
    const { head } = linesInParts(plain, 20);
    expect(head.summaries).toBeUndefined();
    expect(taken(linesReplies(2, plain, 20)).summaries).toBeUndefined();
  });
});

describe('the lines sent again after an edit', () => {
  const before = taken(linesReplies(1, lines, 20));
  const edited = { ...before.groups[0]!, status: 'blocked' as const };
  const sent = [edited, ...lines.groups.slice(1)];
  const taker = linesTaker(before.groups);
  taker.add(structuredClone(sent.slice(0, 20)));
  const after = taker.done(
    structuredClone({ ...linesInParts(lines).head, groups: sent.slice(20) }),
  );

  it('are the lines on show where they are equal, so the canvas keeps their edges', () => {
    expect(after.groups.slice(1).every((g, i) => g === before.groups[i + 1])).toBe(true);
  });

  it('are the new lines where they changed', () => {
    expect(after.groups[0]).not.toBe(before.groups[0]);
    expect(after.groups[0]).toEqual(edited);
  });
});

describe('the isolation sent again after an edit, whole (the worker does not know what is on show)', () => {
  const before = taken(linesReplies(1, lines, 20));
  const again = (isolation: typeof lines.isolation) => {
    const taker = linesTaker(before.groups, before);
    return taker.done(
      structuredClone({ ...linesInParts(lines).head, isolation: { whole: isolation } }),
    );
  };

  it('is the isolation on show when equal, so the canvas keeps its cards', () => {
    expect(before.isolation.size).toBeGreaterThan(0);
    expect(again(lines.isolation).isolation).toBe(before.isolation);
  });

  it('is the new isolation when a workload’s changed', () => {
    const [key, first] = [...lines.isolation][0]!;
    const changed = new Map(lines.isolation).set(key, { ...first, ingress: !first.ingress });
    expect(again(changed).isolation).not.toBe(before.isolation);
    expect(again(changed).isolation).toEqual(changed);
  });
});

describe('the isolation after an edit, the lines on show known to the worker', () => {
  const before = taken(linesReplies(1, lines, 20));
  const shown = { groups: new Map(lines.groups.map((g) => [g.id, g])), isolation: lines.isolation };
  const [key, first] = [...lines.isolation][0]!;
  const changed = new Map(lines.isolation).set(key, { ...first, ingress: !first.ingress });
  const after = (isolation: typeof lines.isolation) => {
    const { parts, head } = structuredClone(linesInParts({ ...lines, isolation }, 20, shown));
    const taker = linesTaker(before.groups, before);
    for (const part of parts) taker.add(part);
    return { head, taken: taker.done(head) };
  };

  it('sends none of it when no workload changed, and the page keeps the isolation on show', () => {
    const { head, taken: same } = after(lines.isolation);
    expect(head.isolation).toEqual({ changed: [], gone: [] });
    expect(same.isolation).toBe(before.isolation);
  });

  it('sends only the workloads whose isolation changed', () => {
    const { head, taken: next } = after(changed);
    expect(head.isolation).toEqual({ changed: [[key, changed.get(key)]], gone: [] });
    expect(next.isolation).toEqual(changed);
  });
});
