import { describe, expect, it } from 'vitest';
import { builtInLesson } from './builtIn/builtInLessons';
import type { Doc } from '../../model';
import type { Lesson } from './lesson';
import { lessonNodeChoices } from './lessonChoices';
import type { LessonEdit } from './lessonEdit';
import { lessonEditApply, lessonNew } from './lessonEdit';
import { lessonFileParse } from './lessonFile';
import { lessonFileSerialize } from './lessonFileWrite';
import { lessonProblems, lessonProblemsOf } from './lessonProblems';

function threeTierDocs(): { open: Doc; isolated: Doc } {
  const lesson = builtInLesson('three-tiers');
  const open = lesson?.steps[0]?.doc;
  const isolated = lesson?.steps[3]?.doc;
  if (open === undefined || isolated === undefined) throw new Error('three-tiers has its steps');
  return { open, isolated };
}

function edited(edits: readonly LessonEdit[], from: Lesson = lessonNew()): Lesson {
  return edits.reduce(lessonEditApply, from);
}

/** The three-step lesson a trainer writes in the e2e test, as edits. */
function threeSteps(): Lesson {
  const { open, isolated } = threeTierDocs();
  return edited([
    { type: 'setLessonId', id: 'db-alone' },
    { type: 'setLessonTitle', title: 'The database alone' },
    { type: 'addStep', doc: open, title: 'Step 1' },
    { type: 'setStepText', index: 0, text: 'Everything talks to everything.' },
    { type: 'setStepFocus', index: 0, focus: { nodes: ['prod/db'] } },
    { type: 'addStep', doc: isolated, title: 'Step 2' },
    { type: 'setStepTitle', index: 1, title: 'db-policy' },
    { type: 'setStepText', index: 1, text: 'Only the API server reaches the database.' },
    {
      type: 'setStepFocus',
      index: 1,
      focus: { connection: { from: 'prod/web', to: 'prod/db', port: 3306, protocol: 'TCP' } },
    },
    {
      type: 'setStepClaims',
      index: 1,
      expect: [
        { from: 'prod/web', to: 'prod/db', port: 3306, protocol: 'TCP', allowed: false },
        { from: 'prod/api', to: 'prod/db', port: 3306, protocol: 'TCP', allowed: true },
      ],
    },
    { type: 'addStep', doc: isolated, title: 'Step 3' },
    { type: 'setStepText', index: 2, text: 'Replies need no rule.' },
  ]);
}

describe('when a trainer writes a lesson in the app', () => {
  it('starts with a title and no steps, which cannot be saved yet', () => {
    const lesson = lessonNew();
    expect(lesson.steps).toEqual([]);
    expect(lessonProblemsOf(lessonProblems(lesson), 'steps')).toHaveLength(1);
  });

  it('adds a step that keeps the design as it was when added', () => {
    const { open } = threeTierDocs();
    const lesson = edited([{ type: 'addStep', doc: open, title: 'Step 1' }]);
    expect(lesson.steps[0]?.doc).toBe(open);
    expect(lesson.steps[0]?.focus).toEqual({});
  });

  it('moves a step up and down, and deletes one', () => {
    const lesson = threeSteps();
    const moved = lessonEditApply(lesson, { type: 'moveStep', from: 2, to: 0 });
    expect(moved.steps.map((s) => s.title)).toEqual(['Step 3', 'Step 1', 'db-policy']);
    const back = lessonEditApply(moved, { type: 'moveStep', from: 0, to: 2 });
    expect(back).toEqual(lesson);
    const deleted = lessonEditApply(lesson, { type: 'deleteStep', index: 1 });
    expect(deleted.steps.map((s) => s.title)).toEqual(['Step 1', 'Step 3']);
  });

  it('shows a policy of the step beside the canvas, and says so when the design lacks it', () => {
    const lesson = lessonEditApply(threeSteps(), {
      type: 'setStepPolicy',
      index: 1,
      policy: 'prod/db-policy',
    });
    expect(lesson.steps[1]?.policy).toEqual({ name: 'prod/db-policy' });
    expect(lessonProblems(lesson)).toEqual([]);
    const missing = lessonEditApply(lesson, { type: 'setStepPolicy', index: 0, policy: 'prod/x' });
    expect(lessonProblemsOf(lessonProblems(missing), 'steps[0].policy')).toHaveLength(1);
    const none = lessonEditApply(lesson, { type: 'setStepPolicy', index: 1, policy: null });
    expect(none.steps[1]).not.toHaveProperty('policy');
  });

  it('writes what a step claims, and says which claim the canvas contradicts', () => {
    const lesson = threeSteps();
    expect(lesson.steps[1]?.expect).toHaveLength(2);
    expect(lessonProblems(lesson)).toEqual([]);
    const wrong = lessonEditApply(lesson, {
      type: 'setStepClaims',
      index: 0,
      expect: [
        { from: 'prod/web', to: 'prod/db', port: 3306, protocol: 'TCP', allowed: false },
        { from: 'prod/ghost', to: 'prod/db', port: 3306, protocol: 'TCP', allowed: true },
      ],
    });
    expect(lessonProblemsOf(lessonProblems(wrong), 'steps[0].expect')).toEqual([
      'The claim “prod/web → prod/db on TCP 3306 is blocked” does not hold: the canvas shows it allowed.',
      'The claim’s end “prod/ghost” is not a workload or an address of this step’s design.',
    ]);
    const none = lessonEditApply(lesson, { type: 'setStepClaims', index: 1, expect: [] });
    expect(none.steps[1]).not.toHaveProperty('expect');
  });

  it('changes nothing for a step it does not have, or a move past either end', () => {
    const lesson = threeSteps();
    expect(lessonEditApply(lesson, { type: 'deleteStep', index: 3 })).toBe(lesson);
    expect(lessonEditApply(lesson, { type: 'moveStep', from: 0, to: -1 })).toBe(lesson);
    expect(lessonEditApply(lesson, { type: 'moveStep', from: 2, to: 3 })).toBe(lesson);
    expect(lessonEditApply(lesson, { type: 'setStepText', index: 5, text: 'x' })).toBe(lesson);
  });

  it('keeps what a step rings when its design is replaced, where the new design has it', () => {
    const lesson = threeSteps();
    const empty: Doc = { namespaces: [], workloads: [], externals: [], policies: [] };
    const replaced = lessonEditApply(lesson, { type: 'setStepDoc', index: 1, doc: empty });
    expect(replaced.steps[1]?.focus).toEqual({});
    const same = lessonEditApply(lesson, {
      type: 'setStepDoc',
      index: 0,
      doc: threeTierDocs().isolated,
    });
    expect(same.steps[0]?.focus).toEqual({ nodes: ['prod/db'] });
    const line = { from: 'prod/web', to: 'prod/db', port: 3306, protocol: 'TCP' } as const;
    const drawn = lessonEditApply(lesson, {
      type: 'setStepFocus',
      index: 0,
      focus: { lines: [line, { ...line, from: 'prod/cache' }] },
    });
    const kept = lessonEditApply(drawn, {
      type: 'setStepDoc',
      index: 0,
      doc: threeTierDocs().open,
    });
    expect(kept.steps[0]?.focus).toEqual({ lines: [line] });
  });

  it('says which field is wrong: an empty title or text, a bad id, a ring not in the design', () => {
    const lesson = edited(
      [
        { type: 'setLessonId', id: 'My Lesson' },
        { type: 'setStepTitle', index: 0, title: ' ' },
        { type: 'setStepText', index: 2, text: '' },
        { type: 'setStepFocus', index: 2, focus: { nodes: ['prod/cache'] } },
      ],
      threeSteps(),
    );
    const problems = lessonProblems(lesson);
    expect(problems.map((p) => p.field)).toEqual([
      'id',
      'steps[0].title',
      'steps[2].text',
      'steps[2].focus',
    ]);
    expect(lessonProblemsOf(problems, 'steps[2].focus')).toEqual([
      '“prod/cache” is not in this step’s design.',
    ]);
  });

  it('offers the workloads, then outside addresses, then namespaces of a design to ring', () => {
    const doc = threeTierDocs().open;
    const choices = lessonNodeChoices(doc);
    const workloads = doc.workloads.map((w) => `${w.namespace}/${w.name}`).sort();
    const externals = doc.externals.map((e) => `external:${e.name}`).sort();
    const namespaces = doc.namespaces.map((n) => `namespace:${n.name}`).sort();
    expect(choices.map((c) => c.value)).toEqual([...workloads, ...externals, ...namespaces]);
    expect(choices.filter((c) => !c.canBeEnd).map((c) => c.value)).toEqual(namespaces);
  });
});

describe('when a lesson written in the app is saved as a file and opened again', () => {
  it('has no problems, and reads back as the same lesson', () => {
    const lesson = threeSteps();
    expect(lessonProblems(lesson)).toEqual([]);
    const read = lessonFileParse({
      name: 'db-alone.lesson.yaml',
      text: lessonFileSerialize(lesson),
    });
    expect(read.issues).toEqual([]);
    expect(read.ok && read.lesson).toEqual(lesson);
  });
});
