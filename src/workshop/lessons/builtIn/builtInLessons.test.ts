import { describe, expect, it } from 'vitest';
import { BUILT_IN_LESSONS, builtInLesson } from './builtInLessons';
import { claimResults, claimText } from '../lessonClaims';
import { lessonIdIsValid } from '../lesson';
import { lessonNodeOf } from '../lessonEndpoint';
import { docUnplaced } from '../lessonPlaces';

const lessons = BUILT_IN_LESSONS.map(({ id }) => {
  const lesson = builtInLesson(id);
  if (lesson === null) throw new Error(`no lesson ${id}`);
  return lesson;
});

/** Sentences of a step's text: a full stop followed by a space and a capital or a word. */
function sentencesOf(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length;
}

describe('the built-in lessons', () => {
  it('are three tiers, namespaces, outside the cluster and the classic recipes, in that order', () => {
    expect(BUILT_IN_LESSONS.map((l) => l.id)).toEqual([
      'three-tiers',
      'namespaces',
      'outside',
      'recipes',
    ]);
  });

  it('have ids that read well in a URL, titles, summaries and steps', () => {
    for (const lesson of lessons) {
      expect(lessonIdIsValid(lesson.id)).toBe(true);
      expect(lesson.title).not.toBe('');
      expect(lesson.summary).not.toBe('');
      expect(lesson.steps.length).toBeGreaterThan(0);
    }
  });

  it('place every node of every step, so each is drawn as designed for the room', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        expect({ step: step.title, unplaced: docUnplaced(step.doc) }).toEqual({
          step: step.title,
          unplaced: [],
        });
      }
    }
  });

  it('give the classic recipes one step each, all fourteen', () => {
    expect(builtInLesson('recipes')?.steps).toHaveLength(14);
  });

  it('say what each step shows in two or three sentences', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        const count = sentencesOf(step.text);
        expect(count, `${lesson.id}: ${step.title}`).toBeGreaterThanOrEqual(2);
        expect(count, `${lesson.id}: ${step.title}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('make claims on every step', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        expect(step.expect?.length ?? 0, `${lesson.id}: ${step.title}`).toBeGreaterThan(0);
      }
    }
  });

  it('never claim what the engine contradicts', () => {
    const failures = lessons.flatMap((lesson) =>
      lesson.steps.flatMap((step, i) =>
        claimResults(step)
          .filter((result) => !result.holds)
          .map((result) => `${lesson.id} step ${i + 1}: ${claimText(result.claim)}`),
      ),
    );
    expect(failures).toEqual([]);
  });

  it('point only at nodes and connections their documents have', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        const where = `${lesson.id}: ${step.title}`;
        for (const node of step.focus.nodes ?? []) {
          expect(lessonNodeOf(step.doc, node), `${where}: ${node}`).not.toBeNull();
        }
        const connection = step.focus.connection;
        if (connection !== undefined) {
          expect(lessonNodeOf(step.doc, connection.from), where).not.toBeNull();
          expect(lessonNodeOf(step.doc, connection.to), where).not.toBeNull();
        }
      }
    }
  });

  it('build a lesson once and hand out the same one after', () => {
    expect(builtInLesson('three-tiers')).toBe(builtInLesson('three-tiers'));
  });

  it('have no lesson for an unknown id', () => {
    expect(builtInLesson('no-such-lesson')).toBeNull();
  });
});
