import { describe, expect, it } from 'vitest';
import { builtInLesson } from './builtIn/builtInLessons';
import { lessonPolicyListing } from './lessonPolicy';

describe('the policy a step shows', () => {
  const lesson = builtInLesson('namespaces');
  const step = lesson?.steps.find((s) => s.title === 'Two elements: either may match (OR)');

  it('is that policy alone, with the line of the dash before podSelector marked', () => {
    if (step?.policy === undefined) throw new Error('the OR step shows no policy');
    const listing = lessonPolicyListing(step.doc, step.policy);
    expect(listing?.lines[0]?.text).toBe('apiVersion: networking.k8s.io/v1');
    expect(listing?.lines.filter((l) => l.text.startsWith('kind:'))).toHaveLength(1);
    const marked = listing?.lines.filter((l) => l.marked).map((l) => l.text.trim());
    expect(marked).toContain('- podSelector:');
  });

  it('is every step’s policy of its own design', () => {
    for (const s of lesson?.steps ?? []) {
      if (s.policy === undefined) continue;
      expect(lessonPolicyListing(s.doc, s.policy), s.title).not.toBeNull();
    }
  });
});
