/** Shared by the lesson slice's tests: the lesson they open and what autosave kept. */
import { builtInLesson } from '../../workshop';
import type { Doc } from '../../model';
import type { Lesson } from '../../workshop';
import { positionsFromDoc } from '../persist/layoutAnnotations';
import { AUTOSAVE_KEY } from '../persist/autosaveLoad';
import { decodeEntry } from '../persist/designEntry';
import type { memoryDesignStore } from '../persist/designStore';

export function threeTiers(): Lesson {
  const lesson = builtInLesson('three-tiers');
  if (lesson === null) throw new Error('three-tiers is a built-in lesson');
  return lesson;
}

/** The namespaces of the autosaved design, or null when nothing readable is saved. */
export function savedNames(designs: ReturnType<typeof memoryDesignStore>): string[] | null {
  const entry = decodeEntry(designs.map.get(AUTOSAVE_KEY) ?? '');
  return entry.ok ? entry.design.doc.namespaces.map((n) => n.name) : null;
}

/** The design a step shows: its document without the places it carries (those go to the layout). */
export function shownDoc(lesson: Lesson, index: number): Doc | undefined {
  const step = lesson.steps[index];
  return step === undefined ? undefined : positionsFromDoc(step.doc).doc;
}
