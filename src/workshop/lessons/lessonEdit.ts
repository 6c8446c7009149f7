/**
 * A trainer's lesson being written in the app, changed by edits that are data
 * (`LessonEdit`) folded by one pure function, as the document is by
 * `applyEdit`: the store records the lesson, the panel dispatches edits, and
 * a test drives both without a DOM. An edit that names a step the lesson does
 * not have changes nothing.
 */
import type { Doc } from '../../model';
import type { Lesson, LessonClaim, LessonConnection, LessonFocus, LessonStep } from './lesson';
import { lessonEndpointOf, lessonNodeOf } from './lessonEndpoint';

export type LessonEdit =
  | { readonly type: 'setLessonTitle'; readonly title: string }
  | { readonly type: 'setLessonSummary'; readonly summary: string }
  | { readonly type: 'setLessonId'; readonly id: string }
  /** A new step holding `doc` as it is now (a snapshot), after the last one. */
  | { readonly type: 'addStep'; readonly doc: Doc; readonly title: string }
  | { readonly type: 'setStepTitle'; readonly index: number; readonly title: string }
  | { readonly type: 'setStepText'; readonly index: number; readonly text: string }
  | { readonly type: 'setStepFocus'; readonly index: number; readonly focus: LessonFocus }
  /** The step's claims ("A → B is allowed"), checked against the engine; none: no `expect`. */
  | {
      readonly type: 'setStepClaims';
      readonly index: number;
      readonly expect: readonly LessonClaim[];
    }
  /** The policy shown beside the canvas (`namespace/name`), or none. */
  | { readonly type: 'setStepPolicy'; readonly index: number; readonly policy: string | null }
  /** The step's design replaced by `doc` as it is now; what it rings is kept where it still exists. */
  | { readonly type: 'setStepDoc'; readonly index: number; readonly doc: Doc }
  | { readonly type: 'moveStep'; readonly from: number; readonly to: number }
  | { readonly type: 'deleteStep'; readonly index: number };

/** The lesson a trainer starts from: a title, no steps yet. */
export function lessonNew(): Lesson {
  return { id: 'my-lesson', title: 'My lesson', summary: '', steps: [] };
}

/** `focus` without the nodes, the connection and the lines whose ends `doc` does not have. */
export function lessonFocusWithin(focus: LessonFocus, doc: Doc): LessonFocus {
  const nodes = focus.nodes?.filter((node) => lessonNodeOf(doc, node) !== null);
  const within = (c: LessonConnection) =>
    lessonEndpointOf(doc, c.from) !== null && lessonEndpointOf(doc, c.to) !== null;
  const { connection } = focus;
  const lines = focus.lines?.filter(within);
  return {
    ...(nodes === undefined || nodes.length === 0 ? {} : { nodes }),
    ...(connection !== undefined && within(connection) ? { connection } : {}),
    ...(lines === undefined || lines.length === 0 ? {} : { lines }),
  };
}

function stepChange(lesson: Lesson, index: number, change: Partial<LessonStep>): Lesson {
  if (lesson.steps[index] === undefined) return lesson;
  const steps = lesson.steps.map((step, i) => (i === index ? { ...step, ...change } : step));
  return { ...lesson, steps };
}

export function lessonEditApply(lesson: Lesson, edit: LessonEdit): Lesson {
  switch (edit.type) {
    case 'setLessonTitle':
      return { ...lesson, title: edit.title };
    case 'setLessonSummary':
      return { ...lesson, summary: edit.summary };
    case 'setLessonId':
      return { ...lesson, id: edit.id };
    case 'addStep': {
      const step: LessonStep = { title: edit.title, text: '', doc: edit.doc, focus: {} };
      return { ...lesson, steps: [...lesson.steps, step] };
    }
    case 'setStepTitle':
      return stepChange(lesson, edit.index, { title: edit.title });
    case 'setStepText':
      return stepChange(lesson, edit.index, { text: edit.text });
    case 'setStepFocus':
      return stepChange(lesson, edit.index, { focus: edit.focus });
    case 'setStepClaims': {
      const step = lesson.steps[edit.index];
      if (step === undefined) return lesson;
      const { expect: _old, ...rest } = step;
      const next = edit.expect.length === 0 ? rest : { ...rest, expect: edit.expect };
      return { ...lesson, steps: lesson.steps.map((s, i) => (i === edit.index ? next : s)) };
    }
    case 'setStepPolicy': {
      const step = lesson.steps[edit.index];
      if (step === undefined) return lesson;
      const { policy: _old, ...rest } = step;
      const steps = lesson.steps.map((s, i) =>
        i !== edit.index
          ? s
          : edit.policy === null
            ? rest
            : { ...rest, policy: { name: edit.policy } },
      );
      return { ...lesson, steps };
    }
    case 'setStepDoc':
      return stepChange(lesson, edit.index, {
        doc: edit.doc,
        focus: lessonFocusWithin(lesson.steps[edit.index]?.focus ?? {}, edit.doc),
      });
    case 'moveStep': {
      const { from, to } = edit;
      const moved = lesson.steps[from];
      if (moved === undefined || to < 0 || to >= lesson.steps.length || to === from) return lesson;
      const rest = lesson.steps.filter((_, i) => i !== from);
      return { ...lesson, steps: [...rest.slice(0, to), moved, ...rest.slice(to)] };
    }
    case 'deleteStep':
      if (lesson.steps[edit.index] === undefined) return lesson;
      return { ...lesson, steps: lesson.steps.filter((_, i) => i !== edit.index) };
  }
}
