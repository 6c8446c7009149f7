import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { applyEdit, compilePolicies, isTrafficAllowed } from '../../engine';
import { EMPTY_DOC, podKeyOf } from '../../model';
import {
  namespaceChoices,
  newPolicyName,
  policyNew,
  selectorOfWorkload,
  workloadsIn,
} from './newPolicy';

const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;

describe('when a new policy is offered', () => {
  it('suggests the labels of the namespace first workload, and a name after it', () => {
    const web = workloadsIn(doc, 'prod')[0];
    expect(selectorOfWorkload(web)).toEqual({ matchLabels: { role: 'web', name: 'web-pod' } });
    expect(newPolicyName(doc, 'prod', web)).toBe('web-policy');
  });

  it('offers a free name when the first one is taken', () => {
    const db = workloadsIn(doc, 'prod').find((w) => w.name === 'db');
    expect(newPolicyName(doc, 'prod', db)).toBe('db-policy-2');
  });

  it('offers the namespace default in an empty design', () => {
    expect(namespaceChoices(EMPTY_DOC)).toEqual(['default']);
    expect(newPolicyName(EMPTY_DOC, 'default', undefined)).toBe('default-policy');
  });
});

describe('when the new policy is added', () => {
  it('isolates the pods it selects for ingress: nothing may connect until a rule is added', () => {
    const policy = policyNew('api-policy', 'dev', selectorOfWorkload(workloadsIn(doc, 'dev')[0]));
    const next = applyEdit(doc, { type: 'addPolicy', policy });
    const verdict = isTrafficAllowed(compilePolicies(next), {
      from: { kind: 'pod', key: podKeyOf('prod', 'web') },
      to: { kind: 'pod', key: podKeyOf('dev', 'api') },
      port: 5000,
      protocol: 'TCP',
    });
    expect(verdict.allowed).toBe(false);
  });
});
