/**
 * The canvas lines as the derivation worker sends them: in parts of at most
 * `LINES_PER_PART` lines, each message of its own, then a head with the rest
 * (isolation, what changed, the collapsed summaries). The page reads each
 * message in a task of its own: a dump's 12,471 lines in one message took
 * one task of 35-42 ms of CPU just to be copied in. The summaries name their
 * lines by index, so that the page's summaries hold the very lines it took
 * in (one copy of each line), as when they came in one message. A line the
 * page shows as it is goes as its id (`SentLine`): after an edit, the worker
 * compares the lines, and the page copies in and compares only those that changed.
 */
import type { Flow } from '../../engine';
import type { FlowGroup } from '../derived/flowGroups';
import { plainEqual } from '../plainEqual';
import type { DerivedLines } from '../derived/derive';
import type { CollapsedLines, CollapsedSummaries } from '../collapse/collapseLines';
import type { DeriveReply, LinesHead, SentLine, SummariesByIndex } from './deriveProtocol';
import { isolationSent, isolationTaken } from './isolationSent';
import type { IsolationMap } from './isolationSent';

/** At most this many lines per message (about 6 ms to copy in on the dump's machine). */
export const LINES_PER_PART = 2000;

function summariesByIndex(
  groups: readonly FlowGroup[],
  { collapsed, lines }: CollapsedSummaries,
): SummariesByIndex {
  const indexOf = new Map(groups.map((g, i) => [g, i]));
  const at = (g: FlowGroup): number => {
    const i = indexOf.get(g);
    if (i === undefined) throw new Error(`summarised line ${g.id} is not among the lines`);
    return i;
  };
  return {
    collapsed,
    shown: lines.shown.map(at),
    summaries: lines.summaries.map((s) => ({ ...s, lines: s.lines.map(at) })),
    inside: lines.inside,
  };
}

/** What the page shows, as the worker sent it: the lines by id (`SentLine`), and the isolation. */
export interface ShownLines {
  readonly groups: ReadonlyMap<string, FlowGroup>;
  readonly isolation: IsolationMap;
}

/** Each line as sent: its id where `shown` holds it as it is, else the line. */
function sentLines(groups: readonly FlowGroup[], shown: ShownLines | null): SentLine[] {
  if (shown === null) return [...groups];
  return groups.map((g) => {
    const old = shown.groups.get(g.id);
    return old !== undefined && plainEqual(old, g) ? g.id : g;
  });
}

/**
 * `lines` as the worker posts them: the parts (each at most `size` lines), then the head;
 * each line the page shows as it is (`shown`) as its id.
 */
export function linesInParts(
  lines: DerivedLines,
  size = LINES_PER_PART,
  shown: ShownLines | null = null,
): { parts: (readonly SentLine[])[]; head: LinesHead } {
  const { groups, summaries, isolation, flows: _flows, ...rest } = lines;
  const sent = sentLines(groups, shown);
  const parts: (readonly SentLine[])[] = [];
  for (let start = 0; start < sent.length; start += size) {
    parts.push(sent.slice(start, start + size));
  }
  const last = parts.pop() ?? [];
  return {
    parts,
    head: {
      ...rest,
      isolation: isolationSent(isolation, shown?.isolation ?? null),
      groups: last,
      ...(summaries === undefined ? {} : { summaries: summariesByIndex(groups, summaries) }),
    },
  };
}

/** Takes the lines in, part by part, as they come; `done` with their head. */
export interface LinesTaker {
  /** Throws when a line sent as its id is not among the lines on show. */
  add: (part: readonly SentLine[]) => void;
  /** The lines, flows in the order of their lines (every flow is on one line). */
  done: (head: LinesHead) => DerivedLines;
}

/** What the page shows besides the lines, which an edit most often leaves as it was. */
export type LinesBeside = Pick<DerivedLines, 'isolation' | 'virtualEnds'>;

/**
 * A new taker of lines: each part is added in the task that read it, so
 * that the head's task only adds the last part and names the summaries' lines.
 * A line sent as its id, or equal to one of `before` (the lines on show), is that
 * line: after an edit most lines are as they were, and the canvas then keeps
 * their texts and edges instead of building 2,936 again.
 * Likewise the isolation (sent as what changed, `isolationSent.ts`) and the virtual ends
 * equal to those of `beside` (on show) are those: the canvas builds cards again only when
 * they changed. Throws on an isolation sent as changes when none is on show.
 */
export function linesTaker(
  before: readonly FlowGroup[] = [],
  beside: LinesBeside | null = null,
): LinesTaker {
  const groups: FlowGroup[] = [];
  const flows: Flow[] = [];
  let held: Map<string, FlowGroup> | null = null;
  const add = (part: readonly SentLine[]) => {
    held ??= new Map(before.map((g) => [g.id, g]));
    for (const sent of part) {
      const old = held.get(typeof sent === 'string' ? sent : sent.id);
      let group: FlowGroup;
      if (typeof sent !== 'string') {
        // Sent whole: changed, unless the worker did not know the lines on show.
        group = old !== undefined && plainEqual(old, sent) ? old : sent;
      } else if (old !== undefined) group = old;
      else throw new Error(`line ${sent} was sent as on show, but it is not`);
      groups.push(group);
      for (const flow of group.flows) flows.push(flow);
    }
  };
  const kept = (head: Omit<LinesHead, 'groups' | 'summaries'>) => {
    const isolation = isolationTaken(head.isolation, beside?.isolation ?? null);
    if (beside === null) return { ...head, isolation };
    const { virtualEnds } = head;
    return {
      ...head,
      isolation,
      ...(virtualEnds === undefined
        ? {}
        : {
            virtualEnds: plainEqual(beside.virtualEnds, virtualEnds)
              ? (beside.virtualEnds ?? virtualEnds)
              : virtualEnds,
          }),
    };
  };
  const done = (head: LinesHead): DerivedLines => {
    const { groups: last, summaries, ...sent } = head;
    const rest = kept(sent);
    add(last);
    if (summaries === undefined) return { ...rest, flows, groups };
    const line = (i: number): FlowGroup => {
      const g = groups[i];
      if (g === undefined) {
        throw new Error(`a summary names line ${String(i)} of ${String(groups.length)}`);
      }
      return g;
    };
    const lines: CollapsedLines = {
      shown: summaries.shown.map(line),
      summaries: summaries.summaries.map((s) => ({ ...s, lines: s.lines.map(line) })),
      inside: summaries.inside,
    };
    return { ...rest, flows, groups, summaries: { collapsed: summaries.collapsed, lines } };
  };
  return { add, done };
}

/**
 * The worker's messages for the lines of document `seq`: the parts, then the head;
 * each line the page shows as it is (`shown`) as its id.
 */
export function linesReplies(
  seq: number,
  lines: DerivedLines,
  size = LINES_PER_PART,
  shown: ShownLines | null = null,
): DeriveReply[] {
  const { parts, head } = linesInParts(lines, size, shown);
  return [
    ...parts.map((groups): DeriveReply => ({ type: 'linesPart', seq, groups })),
    { type: 'lines', seq, lines: head },
  ];
}
