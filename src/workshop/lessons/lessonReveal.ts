/**
 * Revealing a step one line at a time, as a trainer tells it: each "next"
 * shows one more line of the step's text and one more of the connections the
 * step talks about, in the order it names them (its connection, the lines it
 * draws, its claims). A connection is one line on the canvas whatever its
 * port, so connections between the same two ends count once.
 */
import type { LessonConnection, LessonStep } from './lesson';
import { lessonTextLines } from './lessonLines';

/** The connections `step` talks about, each pair of ends once, in the order named. */
export function lessonRevealConnections(
  step: Pick<LessonStep, 'focus' | 'expect'>,
): LessonConnection[] {
  const named = [
    ...(step.focus.connection === undefined ? [] : [step.focus.connection]),
    ...(step.focus.lines ?? []),
    ...(step.expect ?? []),
  ];
  const seen = new Set<string>();
  const found: LessonConnection[] = [];
  for (const c of named) {
    const key = `${c.from}\n${c.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ from: c.from, to: c.to, port: c.port, protocol: c.protocol });
  }
  return found;
}

/** How many "next"s reveal the whole step: its text lines or its connections, the more. */
export function lessonRevealBeats(step: Pick<LessonStep, 'text' | 'focus' | 'expect'>): number {
  return Math.max(1, lessonTextLines(step.text).length, lessonRevealConnections(step).length);
}
