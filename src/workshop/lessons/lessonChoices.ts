/**
 * What a step can ring, offered to the trainer: the nodes of the step's design
 * written as a lesson file names them (see `lesson.ts`), with a label for
 * the screen. Namespaces can be rung, but cannot be a connection's end.
 */
import type { Doc } from '../../model';

export interface LessonNodeChoice {
  /** As written in the lesson: `prod/web`, `external:backup-server`, `namespace:prod`. */
  readonly value: string;
  readonly label: string;
  readonly canBeEnd: boolean;
}

export function lessonNodeChoices(doc: Doc): LessonNodeChoice[] {
  const workloads = doc.workloads.map((w) => {
    const value = `${w.namespace}/${w.name}`;
    return { value, label: value, canBeEnd: true };
  });
  const externals = doc.externals.map((e) => ({
    value: `external:${e.name}`,
    label: `${e.name} (outside, ${e.cidr})`,
    canBeEnd: true,
  }));
  const namespaces = doc.namespaces.map((n) => ({
    value: `namespace:${n.name}`,
    label: `namespace ${n.name}`,
    canBeEnd: false,
  }));
  const byValue = (a: LessonNodeChoice, b: LessonNodeChoice) => a.value.localeCompare(b.value);
  return [...workloads.sort(byValue), ...externals.sort(byValue), ...namespaces.sort(byValue)];
}
