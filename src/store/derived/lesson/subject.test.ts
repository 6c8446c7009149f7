import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../../model';
import type { Doc } from '../../../model';
import { builtInLesson } from '../../../workshop';
import type { LessonStep } from '../../../workshop';
import { createEditorStore } from '../../createEditorStore';
import { selectLessonViewNodes } from './stepSelectors';
import { lessonSubjectIds } from './subject';

const DOC: Doc = {
  ...EMPTY_DOC,
  namespaces: [{ name: 'prod', labels: {} }],
  workloads: [
    { name: 'web', namespace: 'prod', kind: 'Deployment', labels: {}, ports: [], ips: [] },
  ],
  externals: [{ name: 'backup-server', cidr: '192.168.5.10/32' }],
};

/** Lines from each of `sources` to a workload the claims do not name. */
function linesFrom(sources: readonly string[]) {
  return sources.map((source) => ({ source, target: 'workload:prod/other' }));
}

function stepClaiming(from: string, to = 'prod/web'): Pick<LessonStep, 'focus' | 'expect'> {
  return { focus: {}, expect: [{ from, to, port: 80, protocol: 'TCP', allowed: true }] };
}

describe('when a step names workloads, endpoints and namespaces', () => {
  it('talks about each once, in the order named, and not about names the design lacks', () => {
    const step: Pick<LessonStep, 'focus' | 'expect'> = {
      focus: {
        nodes: ['prod/web', 'namespace:prod', 'prod/ghost'],
        connection: { from: 'backup-server', to: 'prod/web', port: 80, protocol: 'TCP' },
      },
    };
    expect(lessonSubjectIds(step, DOC, [])).toEqual([
      'workload:prod/web',
      'namespace:prod',
      'external:backup-server',
    ]);
  });
});

describe('when a step names an address', () => {
  it('stands for the external endpoint that holds it, before any line end', () => {
    const ids = lessonSubjectIds(stepClaiming('192.168.5.10'), DOC, linesFrom(['any:*']));
    expect(ids).toEqual(['external:backup-server', 'workload:prod/web']);
  });

  it('stands for the narrowest ipBlock end that holds it, then Anywhere', () => {
    const ends = linesFrom([
      'any:*',
      'ipBlock:203.0.0.0/8',
      'ipBlock:203.0.113.0/24 except 203.0.113.9/32',
    ]);
    expect(lessonSubjectIds(stepClaiming('203.0.113.7'), DOC, ends)[0]).toBe(
      'ipBlock:203.0.113.0/24 except 203.0.113.9/32',
    );
    expect(lessonSubjectIds(stepClaiming('10.0.0.1'), DOC, ends)[0]).toBe('any:*');
  });

  it('stands for nothing when no drawn node holds it', () => {
    expect(
      lessonSubjectIds(stepClaiming('10.0.0.1'), DOC, linesFrom(['ipBlock:203.0.0.0/8'])),
    ).toEqual(['workload:prod/web']);
  });
});

describe('when a step claims a connection from addresses a line end draws', () => {
  it('talks about that end too: the endpoint, and the Anywhere the line starts at', () => {
    const lines = [{ source: 'any:*', target: 'workload:prod/web' }];
    expect(lessonSubjectIds(stepClaiming('backup-server'), DOC, lines)).toEqual([
      'external:backup-server',
      'workload:prod/web',
      'any:*',
    ]);
  });
});

describe('when the last three-tier step says web accepts TCP 80 from anyone', () => {
  it('fits "Anywhere", where that line starts, with the three tiers', () => {
    const lesson = builtInLesson('three-tiers');
    if (lesson === null) throw new Error('three-tiers is a built-in lesson');
    const store = createEditorStore();
    store.getState().openLesson(lesson, { stepIndex: 5 });
    expect(selectLessonViewNodes(store.getState())).toEqual(
      expect.arrayContaining([
        'any:*',
        'workload:prod/web',
        'workload:prod/api',
        'workload:prod/db',
      ]),
    );
  });
});
