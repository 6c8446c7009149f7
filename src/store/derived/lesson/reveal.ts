/**
 * Which lines of the canvas wait while a step is revealed one line at a time
 * (`lessonReveal.ts` of the workshop): the lines of the connections the step
 * has not reached yet. A line joins the two nodes that draw a connection
 * (an address's line from "Anywhere" or an ipBlock end included), in its
 * direction: the reply's way, a line of its own, is not the connection's.
 * Lines the step does not talk about stay, as the design around its subject.
 */
import type { Doc } from '../../../model';
import type { LessonConnection, LessonStep } from '../../../workshop';
import { lessonRevealConnections } from '../../../workshop';
import type { LineEnds } from './subject';
import { lessonSubjectIds } from './subject';

/** Whether the line `line` draws the connection `c` of `doc` (from its start to its end). */
function drawsConnection(
  doc: Doc,
  c: LessonConnection,
  lines: readonly LineEnds[],
): (line: LineEnds) => boolean {
  const ends = new Set(lessonSubjectIds({ focus: { connection: c } }, doc, lines));
  const starts = new Set(lessonSubjectIds({ focus: { nodes: [c.from] } }, doc, lines));
  return (line) =>
    ends.has(line.source) &&
    ends.has(line.target) &&
    !(starts.has(line.target) && !starts.has(line.source));
}

/**
 * Whether a line of the canvas shows while `step` is revealed up to `revealed`
 * beats: false for a line of a connection not reached yet (and of none reached).
 */
export function lessonRevealShows(
  step: Pick<LessonStep, 'focus' | 'expect'>,
  doc: Doc,
  revealed: number,
  lines: readonly LineEnds[],
): (line: LineEnds) => boolean {
  const connections = lessonRevealConnections(step).map((c) => drawsConnection(doc, c, lines));
  const shown = connections.slice(0, Math.max(1, revealed));
  const waiting = connections.slice(Math.max(1, revealed));
  if (waiting.length === 0) return () => true;
  return (line) => !waiting.some((draws) => draws(line)) || shown.some((draws) => draws(line));
}
