/**
 * The findings and the matrix as the derivation worker sends them: the
 * findings and the matrix's rows in parts of at most `ROWS_PER_PART`, each
 * port's matrix in a message of its own, then a head with the ports and what
 * the parts held. The page reads each message in a task of its own: a dump's
 * 1,486 findings, 2,000 rows and nine 2,000 × 2,000 matrices in one message took one
 * task of 20-38 ms of CPU just to be copied in. The page takes the tables in
 * once the head has come, whole, as when they came in one message.
 */
import type { Finding, Matrix } from '../../engine';
import type { DerivedTables } from '../derived/derive';
import type { MatrixNode } from '../derived/reachMatrix';
import type { DeriveReply, TablesHead, TablesPart } from './deriveProtocol';

/** At most this many findings, or rows of the matrix, per message (a dump's 2,000 rows: 18 ms to copy). */
export const ROWS_PER_PART = 500;

function inParts<T>(items: readonly T[], size: number): (readonly T[])[] {
  const parts: (readonly T[])[] = [];
  for (let start = 0; start < items.length; start += size) {
    parts.push(items.slice(start, start + size));
  }
  return parts;
}

/** `tables` as the worker posts them: the parts, then the head. */
export function tablesInParts(
  tables: DerivedTables,
  size = ROWS_PER_PART,
): { parts: TablesPart[]; head: TablesHead } {
  const { findings, findingCounts, matrix } = tables;
  const parts: TablesPart[] = [
    ...inParts(findings, size).map((part) => ({ findings: part })),
    ...inParts(matrix.nodes, size).map((part) => ({ nodes: part })),
    ...[...matrix.matrices].map(([key, m]) => ({ key, matrix: m })),
  ];
  return {
    parts,
    head: {
      ports: matrix.ports,
      findings: findings.length,
      findingCounts,
      nodes: matrix.nodes.length,
      matrices: [...matrix.matrices.keys()],
    },
  };
}

/** Takes the tables in, part by part, as they come; `done` with their head. */
export interface TablesTaker {
  add: (part: TablesPart) => void;
  /** The tables; throws when the parts taken do not add up to what the head says. */
  done: (head: TablesHead) => DerivedTables;
}

export function tablesTaker(): TablesTaker {
  const findings: Finding[] = [];
  const nodes: MatrixNode[] = [];
  const matrices = new Map<string, Matrix>();
  const add = (part: TablesPart) => {
    if ('findings' in part) findings.push(...part.findings);
    else if ('nodes' in part) nodes.push(...part.nodes);
    else matrices.set(part.key, part.matrix);
  };
  const counted = (what: string, taken: number, sent: number) => {
    if (taken !== sent) {
      throw new Error(`${String(taken)} of ${String(sent)} ${what} came before their head`);
    }
  };
  const done = (head: TablesHead): DerivedTables => {
    counted('findings', findings.length, head.findings);
    counted('rows of the matrix', nodes.length, head.nodes);
    const inOrder = new Map<string, Matrix>();
    for (const key of head.matrices) {
      const m = matrices.get(key);
      if (m === undefined) throw new Error(`the matrix of ${key} did not come before its head`);
      inOrder.set(key, m);
    }
    return {
      findings,
      findingCounts: head.findingCounts,
      matrix: { nodes, ports: head.ports, matrices: inOrder },
    };
  };
  return { add, done };
}

/** The worker's messages for the tables of document `seq`: the parts, then the head. */
export function tablesReplies(
  seq: number,
  tables: DerivedTables,
  size = ROWS_PER_PART,
): DeriveReply[] {
  const { parts, head } = tablesInParts(tables, size);
  return [
    ...parts.map((part): DeriveReply => ({ type: 'tablesPart', seq, part })),
    { type: 'tables', seq, tables: head },
  ];
}
