/**
 * A lesson step drawn for a printed handout: a still picture, laid out here
 * without a browser (a column for what is outside the cluster, then the
 * namespaces as columns of workloads), with the connections the step talks about
 * (its connection, the lines it draws and the claims it makes), each with
 * the engine's verdict. Coordinates are SVG user units.
 */
import { compilePolicies, portText } from '../../engine';
import type { Doc } from '../../model';
import type { LessonConnection, LessonStep } from '../lessons/lesson';
import { connectionVerdict } from '../lessons/lessonClaims';
import { lessonNodeOf } from '../lessons/lessonEndpoint';

export interface HandoutNode {
  /** As a lesson writes it: `prod/web`, `external:backup-server`, `203.0.113.7`. */
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  /** The step rings it. */
  readonly ringed: boolean;
}

export interface HandoutBox {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface HandoutLine {
  readonly from: string;
  readonly to: string;
  /** `TCP 3306`. */
  readonly label: string;
  readonly allowed: boolean;
}

export interface HandoutDiagram {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly HandoutBox[];
  readonly nodes: readonly HandoutNode[];
  readonly lines: readonly HandoutLine[];
}

export const HANDOUT_NODE = { width: 150, height: 40 } as const;
const GAP = { column: 170, row: 30, pad: 16, head: 26 } as const;

/** Each end named once: `backup-server` and `external:backup-server` are one node. */
function nodeId(doc: Doc, text: string): string | null {
  const node = lessonNodeOf(doc, text);
  switch (node?.kind) {
    case 'workload':
      return `${node.namespace}/${node.name}`;
    case 'external':
      return `external:${node.name}`;
    case 'ipBlock':
      return node.cidr;
    default:
      return null;
  }
}

function connectionsOf(step: LessonStep): LessonConnection[] {
  const { focus, expect = [] } = step;
  const all = [...(focus.connection ? [focus.connection] : []), ...(focus.lines ?? []), ...expect];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.from}>${c.to}:${c.protocol}/${c.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function linesOf(step: LessonStep): HandoutLine[] {
  const index = compilePolicies(step.doc);
  return connectionsOf(step).flatMap((c) => {
    const from = nodeId(step.doc, c.from);
    const to = nodeId(step.doc, c.to);
    const result = connectionVerdict(step.doc, c, index);
    if (from === null || to === null || 'unknownEnd' in result) return [];
    const label = portText(c);
    return [{ from, to, label, allowed: result.verdict.allowed }];
  });
}

export function handoutDiagram(step: LessonStep): HandoutDiagram {
  const { doc } = step;
  const lines = linesOf(step);
  const ringed = new Set((step.focus.nodes ?? []).flatMap((n) => nodeId(doc, n) ?? []));
  const columns = doc.namespaces
    .map((ns) => ({
      label: `namespace ${ns.name}`,
      nodes: doc.workloads
        .filter((w) => w.namespace === ns.name)
        .map((w) => ({ id: `${w.namespace}/${w.name}`, label: w.name })),
    }))
    .filter((c) => c.nodes.length > 0);
  const outside = [
    ...doc.externals.map((e) => ({ id: `external:${e.name}`, label: e.name })),
    ...[...new Set(lines.flatMap((l) => [l.from, l.to]))]
      .filter((id) => !id.includes('/') && !id.startsWith('external:'))
      .map((id) => ({ id, label: id })),
  ];
  // Outside first: traffic from users reads left to right, and lines to outside reach it from
  // the first namespace without crossing the others.
  if (outside.length > 0) columns.unshift({ label: 'outside the cluster', nodes: outside });
  const boxes: HandoutBox[] = [];
  const nodes: HandoutNode[] = [];
  const columnWidth = HANDOUT_NODE.width + 2 * GAP.pad;
  let height = 0;
  columns.forEach((column, i) => {
    const x = i * (columnWidth + GAP.column);
    const boxHeight =
      GAP.head + column.nodes.length * (HANDOUT_NODE.height + GAP.row) - GAP.row + 2 * GAP.pad;
    boxes.push({ label: column.label, x, y: 0, width: columnWidth, height: boxHeight });
    column.nodes.forEach((node, row) => {
      const y = GAP.head + GAP.pad + row * (HANDOUT_NODE.height + GAP.row);
      nodes.push({ ...node, x: x + GAP.pad, y, ringed: ringed.has(node.id) });
    });
    height = Math.max(height, boxHeight);
  });
  const width = Math.max(columns.length * (columnWidth + GAP.column) - GAP.column, columnWidth);
  return { width, height: Math.max(height, HANDOUT_NODE.height), boxes, nodes, lines };
}
