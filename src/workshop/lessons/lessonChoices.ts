/**
 * What a step can ring, offered to the trainer: the nodes of the step's design
 * written as a lesson file names them (see `lesson.ts`), with a label for
 * the screen. Namespaces can be rung, but cannot be a connection's end.
 */
import type { Doc, Protocol } from '../../model';
import { lessonNodeOf } from './lessonEndpoint';

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
    label: `${e.name} (outside)`,
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

/**
 * The port a connection to `end` most likely uses: the first port the workload
 * (or outside endpoint) listens on, else 80.
 */
export function lessonPortOf(doc: Doc, end: string): { port: number; protocol: Protocol } {
  const node = lessonNodeOf(doc, end);
  if (node?.kind === 'workload') {
    const workload = doc.workloads.find(
      (w) => w.namespace === node.namespace && w.name === node.name,
    );
    const first = workload?.ports[0];
    if (first !== undefined) return { port: first.containerPort, protocol: first.protocol };
  }
  if (node?.kind === 'external') {
    const first = doc.externals.find((e) => e.name === node.name)?.ports?.[0];
    if (first !== undefined) return { port: first.port, protocol: first.protocol };
  }
  return { port: 80, protocol: 'TCP' };
}
