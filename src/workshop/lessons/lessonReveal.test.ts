import { describe, expect, it } from 'vitest';
import type { LessonClaim } from './lesson';
import { lessonRevealBeats, lessonRevealConnections } from './lessonReveal';

const claim = (from: string, to: string, port: number, allowed = true): LessonClaim => ({
  from,
  to,
  port,
  protocol: 'TCP',
  allowed,
});

describe('when a step is revealed one line at a time', () => {
  it('lists its connection, its lines and its claims in that order, each pair of ends once', () => {
    const step = {
      focus: {
        connection: claim('prod/web', 'prod/db', 3306),
        lines: [claim('prod/web', 'prod/api', 5000)],
      },
      expect: [
        claim('prod/web', 'prod/db', 3306, false),
        claim('prod/api', 'kube-system/dns', 53),
        { ...claim('prod/api', 'kube-system/dns', 53), protocol: 'UDP' as const },
        claim('prod/db', 'prod/web', 80),
      ],
    };
    expect(lessonRevealConnections(step).map((c) => `${c.from}>${c.to}`)).toEqual([
      'prod/web>prod/db',
      'prod/web>prod/api',
      'prod/api>kube-system/dns',
      'prod/db>prod/web',
    ]);
  });

  it('takes as many beats as it has text lines or connections, the more', () => {
    const focus = { lines: [claim('a/x', 'a/y', 80), claim('a/y', 'a/z', 80)] };
    expect(lessonRevealBeats({ text: 'One. Two. Three.', focus })).toBe(3);
    expect(lessonRevealBeats({ text: 'Only one.', focus })).toBe(2);
    expect(lessonRevealBeats({ text: 'Only one.', focus: {} })).toBe(1);
  });
});
