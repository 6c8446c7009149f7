/**
 * Every built-in lesson step that speaks of a connection shows it: the canvas
 * draws a line between its two ends (a rule's line, a line the step names, or
 * one of the paths of the step's focused node), standing for the connection's
 * port, with the verdict the step claims. A claim checked by the engine alone
 * is not enough: the room sees the canvas.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LESSONS, builtInLesson } from '../../../workshop';
import type { LessonConnection } from '../../../workshop';
import { createEditorStore } from '../../createEditorStore';
import { lessonFocusIds } from './focus';
import { selectLessonLineGroups } from './lineGroups';
import { selectPathGroups } from '../pathSelectors';
import { selectFlowGroups } from '../selectors';

function lessonConnectionSame(a: LessonConnection, b: LessonConnection): boolean {
  return a.from === b.from && a.to === b.to && a.port === b.port && a.protocol === b.protocol;
}

interface Line {
  readonly id: string;
  readonly ends: readonly { port: number; protocol: string; allowed: boolean }[];
}

function linesOf(store: ReturnType<typeof createEditorStore>): Line[] {
  const state = store.getState();
  const rules = selectFlowGroups(state).map((g) => ({
    id: g.id,
    ends: g.flows.flatMap((f) =>
      f.sample === null
        ? []
        : [
            {
              port: f.sample.verdict.traffic.port,
              protocol: f.sample.verdict.traffic.protocol,
              allowed: f.sample.verdict.allowed,
            },
          ],
    ),
  }));
  const paths = [...selectLessonLineGroups(state), ...selectPathGroups(state)].map((g) => ({
    id: g.id,
    ends: g.paths.map((p) => ({ port: p.port, protocol: p.protocol, allowed: p.allowed })),
  }));
  // A line the step names is drawn instead of a rule's line of the same pair.
  return [...paths, ...rules];
}

/** The drawn end of `connection` among `lines`, or undefined when no line stands for it. */
function drawnEnd(lines: readonly Line[], id: string | undefined, connection: LessonConnection) {
  return lines
    .find((l) => l.id === id)
    ?.ends.find((e) => e.port === connection.port && e.protocol === connection.protocol);
}

for (const { id, title } of BUILT_IN_LESSONS) {
  const lesson = builtInLesson(id);
  if (lesson === null) throw new Error(`no lesson ${id}`);
  const namesLines = lesson.steps.some((step) => (step.focus.lines ?? []).length > 0);
  if (namesLines)
    describe(`when a step of the lesson "${title}" names lines to draw`, () => {
      lesson.steps.forEach((step, index) => {
        for (const line of step.focus.lines ?? []) {
          it(`step ${String(index + 1)} draws ${line.from} → ${line.to} on ${line.protocol} ${String(line.port)} as it claims`, () => {
            const store = createEditorStore();
            store.getState().openLesson(lesson, { stepIndex: index, builtIn: true });
            const ids = lessonFocusIds({ focus: { connection: line } }, store.getState().doc);
            const end = drawnEnd(linesOf(store), ids.connection?.id, line);
            expect(end, 'a line stands for the connection on its port').toBeDefined();
            const claim = step.expect?.find((c) => lessonConnectionSame(c, line));
            expect(claim, 'the step claims a verdict for it').toBeDefined();
            expect(end?.allowed).toBe(claim?.allowed);
          });
        }
      });
    });
  if (lesson.steps.every((step) => step.focus.connection === undefined)) continue;
  describe(`when the lesson "${title}" is shown`, () => {
    lesson.steps.forEach((step, index) => {
      const connection = step.focus.connection;
      if (connection === undefined) return;
      const claim = step.expect?.find((c) => lessonConnectionSame(c, connection));
      it(`step ${String(index + 1)} draws ${connection.from} → ${connection.to} on ${connection.protocol} ${String(connection.port)}`, () => {
        const store = createEditorStore();
        store.getState().openLesson(lesson, { stepIndex: index, builtIn: true });
        const focus = lessonFocusIds(step, store.getState().doc).connection;
        expect(focus).not.toBeNull();
        const line = linesOf(store).find((l) => l.id === focus?.id);
        expect(line, 'a line joins the two ends').toBeDefined();
        const end = line?.ends.find(
          (e) => e.port === connection.port && e.protocol === connection.protocol,
        );
        expect(end, 'the line stands for the connection on its port').toBeDefined();
        if (claim !== undefined) expect(end?.allowed).toBe(claim.allowed);
      });
    });
  });
}
