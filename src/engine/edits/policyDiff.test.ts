import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { netpol } from '../__fixtures__/clusters/objects';
import { applyEdit } from './applyEdit';
import { policyEdits } from './policyDiff';
import type { PolicyRule } from './types';

const REF = { namespace: 'prod', name: 'api-policy' };
const ruleOn = (port: number): PolicyRule => ({ ports: [{ protocol: 'TCP', port }] });
const [A, B, C, D] = [ruleOn(1), ruleOn(2), ruleOn(3), ruleOn(4)];

function policyWith(ingress: readonly PolicyRule[]): NetworkPolicy {
  return netpol('prod', 'api-policy', {
    podSelector: { matchLabels: { role: 'api' } },
    policyTypes: ['Ingress'],
    ingress,
  });
}

/** The policy after the edits from `before` to `after`, and the edits' types. */
function edited(before: readonly PolicyRule[], after: readonly PolicyRule[]) {
  const current = policyWith(before);
  const edits = policyEdits(REF, current, policyWith(after));
  const doc: Doc = edits.reduce(applyEdit, threeTierCluster([current]));
  return { ingress: doc.policies[0]?.spec.ingress, types: edits.map((e) => e.type) };
}

describe('the edits between two versions of a policy', () => {
  it.each([
    ['one rule changed', [A, B], [A, D], ['setRule']],
    ['one rule added', [A], [A, B], ['addRule']],
    ['one rule removed', [A, B, C], [A, C], ['removeRule']],
    ['one rule moved down', [A, B, C], [B, A, C], ['moveRule']],
    ['the last rule removed', [A], [], ['removeRule']],
    ['moved and changed', [A, B, C], [C, A, D], ['setRule', 'moveRule']],
    ['the last rule moved to the top', [A, B, C], [C, A, B], ['moveRule']],
    ['two removed and one added', [A, B, C], [C, D], ['setRule', 'removeRule', 'moveRule']],
    ['one added among the others', [A, B], [A, C, B], ['addRule', 'moveRule']],
    ['nothing changed', [A, B], [A, B], []],
  ] as const)('%s: gives that policy, rule by rule', (_, before, after, types) => {
    const result = edited(before, after);
    expect(result.ingress).toEqual(after);
    expect(result.types).toEqual(types);
  });

  it('sets the podSelector and policyTypes, and renames last', () => {
    const current = policyWith([A]);
    const next: NetworkPolicy = {
      ...current,
      metadata: { ...current.metadata, name: 'api' },
      spec: { ...current.spec, podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    };
    expect(policyEdits(REF, current, next)).toEqual([
      { type: 'setPodSelector', policy: REF, podSelector: {} },
      { type: 'setPolicyTypes', policy: REF, policyTypes: ['Ingress', 'Egress'] },
      { type: 'renamePolicy', ref: REF, newName: 'api' },
    ]);
  });
});
