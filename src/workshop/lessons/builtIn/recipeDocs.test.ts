import { describe, expect, it } from 'vitest';
import { claimResults } from '../lessonClaims';
import { docCutTo, recipeDoc } from './recipeDocs';
import { RECIPES_LESSON } from './recipes';

describe('a recipe step', () => {
  const steps = RECIPES_LESSON.steps();

  it('draws only the few workloads and endpoints it talks about', () => {
    for (const step of steps) {
      const nodes = step.doc.workloads.length + step.doc.externals.length;
      expect(nodes, step.title).toBeLessThanOrEqual(6);
      expect(step.standsAlone, step.title).toBe(true);
    }
  });

  it('draws each of its claims as a line', () => {
    for (const step of steps) {
      expect(step.focus.lines?.length, step.title).toBe(step.expect?.length);
    }
  });
});

describe('a design cut down to some nodes', () => {
  const full = recipeDoc('webFromOpsMonitoring');
  const cut = docCutTo(full, ['default/web', 'ops/monitor']);

  it('keeps them, their namespaces and the policies of those namespaces', () => {
    expect(cut.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual([
      'default/web',
      'ops/monitor',
    ]);
    expect(cut.namespaces.map((n) => n.name).sort()).toEqual(['default', 'ops']);
    expect(cut.policies).toEqual(full.policies);
  });

  it('gives the verdicts the whole design gives between them', () => {
    const claim = {
      from: 'ops/monitor',
      to: 'default/web',
      port: 80,
      protocol: 'TCP' as const,
      allowed: true,
    };
    expect(claimResults({ doc: cut, expect: [claim] })[0]?.holds).toBe(true);
    expect(claimResults({ doc: full, expect: [claim] })[0]?.holds).toBe(true);
  });
});
