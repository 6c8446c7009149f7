import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../engine';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { deriveTables } from '../derived/derive';
import type { DeriveReply } from './deriveProtocol';
import { ROWS_PER_PART, tablesInParts, tablesReplies, tablesTaker } from './tableParts';

const doc = generateCluster({ pods: 120, policies: 40, namespaces: 5, seed: 3 });
const tables = deriveTables(doc, createEvaluator().compile(doc));

/** The tables as the page takes them from `replies`, each copied as `postMessage` copies it. */
function taken(replies: readonly DeriveReply[]) {
  const copies = replies.map((r) => structuredClone(r));
  const taker = tablesTaker();
  for (const reply of copies) if (reply.type === 'tablesPart') taker.add(reply.part);
  const head = copies.at(-1);
  if (head?.type !== 'tables') throw new Error('the head comes last');
  return taker.done(head.tables);
}

describe('the findings and the matrix sent in parts', () => {
  it('go in messages of at most the part size and one per port, the head last', () => {
    expect(tables.findings.length).toBeGreaterThan(10);
    expect(tables.matrix.matrices.size).toBeGreaterThan(1);
    const replies = tablesReplies(7, tables, 4);
    const findingParts = Math.ceil(tables.findings.length / 4);
    const rowParts = Math.ceil(tables.matrix.nodes.length / 4);
    expect(replies).toHaveLength(findingParts + rowParts + tables.matrix.matrices.size + 1);
    expect(replies.map((r) => r.type)).toEqual([
      ...replies.slice(1).map(() => 'tablesPart'),
      'tables',
    ]);
    expect(replies.every((r) => 'seq' in r && r.seq === 7)).toBe(true);
    const sizes = replies.flatMap((r) =>
      r.type === 'tablesPart' && 'findings' in r.part ? [r.part.findings.length] : [],
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(tables.findings.length);
    const rows = replies.flatMap((r) =>
      r.type === 'tablesPart' && 'nodes' in r.part ? [r.part.nodes.length] : [],
    );
    expect(Math.max(...rows)).toBeLessThanOrEqual(4);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(tables.matrix.nodes.length);
  });

  it('are one part of findings and one of rows for a design of fewer than a part', () => {
    expect(tables.findings.length).toBeLessThan(ROWS_PER_PART);
    expect(tables.matrix.nodes.length).toBeLessThan(ROWS_PER_PART);
    const { parts } = tablesInParts(tables);
    expect(parts.filter((p) => 'findings' in p)).toHaveLength(1);
    expect(parts.filter((p) => 'nodes' in p)).toHaveLength(1);
  });

  it('come together as the tables sent, matrices in their order', () => {
    const back = taken(tablesReplies(3, tables, 4));
    expect(back).toEqual(tables);
    expect(back.findingCounts.size).toBeGreaterThan(0);
    expect([...back.matrix.matrices.keys()]).toEqual([...tables.matrix.matrices.keys()]);
  });

  it('come together for a design without findings or ports', () => {
    const empty = {
      findings: [],
      findingCounts: new Map<string, number>(),
      matrix: { nodes: [], ports: [], matrices: new Map() },
    };
    expect(tablesReplies(1, empty).map((r) => r.type)).toEqual(['tables']);
    expect(taken(tablesReplies(1, empty))).toEqual(empty);
  });

  it('do not add up when a part is missing', () => {
    const replies = tablesReplies(3, tables, 4);
    const noFindings = replies.filter((r) => !(r.type === 'tablesPart' && 'findings' in r.part));
    expect(() => taken(noFindings)).toThrow(/findings came before their head/);
    const noRows = replies.filter((r) => !(r.type === 'tablesPart' && 'nodes' in r.part));
    expect(() => taken(noRows)).toThrow(/rows of the matrix came before their head/);
    const noMatrix = replies.filter((r) => !(r.type === 'tablesPart' && 'matrix' in r.part));
    expect(() => taken(noMatrix)).toThrow(/did not come before its head/);
  });
});
