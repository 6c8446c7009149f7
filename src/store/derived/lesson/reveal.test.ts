import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../../model';
import type { Doc } from '../../../model';
import type { LessonClaim, LessonStep } from '../../../workshop';
import { lessonRevealShows } from './reveal';

const workload = (name: string) => ({
  name,
  namespace: 'prod',
  kind: 'Deployment' as const,
  labels: {},
  ports: [],
  ips: [],
});

const DOC: Doc = {
  ...EMPTY_DOC,
  namespaces: [{ name: 'prod', labels: {} }],
  workloads: [workload('web'), workload('api'), workload('db'), workload('cache')],
};

const claim = (from: string, to: string, port: number): LessonClaim => ({
  from,
  to,
  port,
  protocol: 'TCP',
  allowed: true,
});

const line = (source: string, target: string) => ({
  source: source.startsWith('any:') ? source : `workload:prod/${source}`,
  target: `workload:prod/${target}`,
});

const LINES = [
  line('any:*', 'web'),
  line('web', 'api'),
  line('api', 'web'),
  line('api', 'db'),
  line('web', 'cache'),
];

const STEP: Pick<LessonStep, 'focus' | 'expect'> = {
  focus: {},
  expect: [
    claim('203.0.113.7', 'prod/web', 80),
    claim('prod/web', 'prod/api', 5000),
    claim('prod/api', 'prod/db', 3306),
  ],
};

function shownAt(revealed: number): string[] {
  const shows = lessonRevealShows(STEP, DOC, revealed, LINES);
  return LINES.filter(shows).map((l) => `${l.source}>${l.target}`);
}

describe('when a step is revealed one line at a time', () => {
  it('draws the connections it talks about one more at each beat, in the order named', () => {
    expect(shownAt(1)).toEqual([
      'any:*>workload:prod/web',
      'workload:prod/api>workload:prod/web',
      'workload:prod/web>workload:prod/cache',
    ]);
    expect(shownAt(2)).toEqual([
      'any:*>workload:prod/web',
      'workload:prod/web>workload:prod/api',
      'workload:prod/api>workload:prod/web',
      'workload:prod/web>workload:prod/cache',
    ]);
    expect(shownAt(3)).toHaveLength(LINES.length);
  });

  it('keeps the reply’s way, a line the step does not talk about, drawn throughout', () => {
    expect(shownAt(1)).toContain('workload:prod/api>workload:prod/web');
  });
});
