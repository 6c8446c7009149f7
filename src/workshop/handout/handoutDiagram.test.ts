import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../lessons/builtIn/builtInLessons';
import type { LessonStep } from '../lessons/lesson';
import { handoutDiagram } from './handoutDiagram';

function step(lesson: string, index: number): LessonStep {
  const found = builtInLesson(lesson)?.steps[index];
  if (found === undefined) throw new Error(`${lesson} has a step ${index + 1}`);
  return found;
}

describe('when a lesson step is drawn for a handout', () => {
  it('draws every workload in its namespace column, and rings what the step rings', () => {
    const first = step('three-tiers', 0);
    const diagram = handoutDiagram(first);
    const workloads = first.doc.workloads.map((w) => `${w.namespace}/${w.name}`);
    expect(diagram.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(workloads));
    expect(diagram.boxes.map((b) => b.label)).toContain('namespace prod');
    const ringed = diagram.nodes.filter((n) => n.ringed).map((n) => n.id);
    expect(ringed.length).toBe(first.focus.nodes?.length ?? 0);
  });

  it('draws the connections the step talks about, with the engine’s verdict', () => {
    const blocked = step('three-tiers', 3);
    const diagram = handoutDiagram(blocked);
    expect(diagram.lines).toContainEqual({
      from: 'prod/web',
      to: 'prod/db',
      label: 'TCP 3306',
      allowed: false,
    });
  });

  it('puts what is outside the cluster in a column of its own, first', () => {
    const outside = step('outside', 2);
    const diagram = handoutDiagram(outside);
    expect(diagram.boxes[0]?.label).toBe('outside the cluster');
    expect(diagram.nodes.some((n) => n.id === 'external:backup-server')).toBe(true);
    for (const line of diagram.lines) {
      expect(diagram.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([line.from, line.to]));
    }
  });
});
