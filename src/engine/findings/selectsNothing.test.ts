import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { policySelectsNothing } from './selectsNothing';

const findings = (doc: Doc) => policySelectsNothing(doc, compilePolicies(doc));

const db = podOf('prod/db', { role: 'db' });
const web = podOf('prod/web', { role: 'web' });

describe('when a policy selects no workload of the document', () => {
  it('warns, with the selector and how many workloads its namespace holds', () => {
    const doc = docOf({
      namespaces: [namespaceOf('prod')],
      workloads: [db, web],
      policies: [policyOf('prod/db-policy', { podSelector: { matchLabels: { role: 'datbase' } } })],
    });
    expect(findings(doc)).toEqual([
      {
        id: 'policySelectsNothing:prod/db-policy',
        kind: 'policySelectsNothing',
        severity: 'warning',
        message:
          'prod/db-policy selects no workload: its podSelector role=datbase matches none of the 2 workloads of namespace prod.',
        subjects: [
          { kind: 'policy', namespace: 'prod', name: 'db-policy', path: 'spec.podSelector' },
        ],
        fix: null,
      },
    ]);
  });

  it('only informs when its namespace holds no workload in the document', () => {
    const doc = docOf({
      namespaces: [namespaceOf('prod'), namespaceOf('staging')],
      workloads: [db],
      policies: [policyOf('staging/deny', { podSelector: {}, policyTypes: ['Ingress'] })],
    });
    expect(findings(doc)).toMatchObject([
      {
        severity: 'info',
        message: 'staging/deny selects no workload: namespace staging has none in the document.',
        fix: null,
      },
    ]);
  });

  it('does not count pods of other namespaces with the same labels', () => {
    const doc = docOf({
      namespaces: [namespaceOf('prod'), namespaceOf('dev')],
      workloads: [db, podOf('dev/web', { role: 'web' })],
      policies: [policyOf('prod/web-policy', { podSelector: { matchLabels: { role: 'web' } } })],
    });
    expect(findings(doc).map((f) => f.id)).toEqual(['policySelectsNothing:prod/web-policy']);
  });
});

describe('when every policy selects a workload', () => {
  it('finds nothing', () => {
    const doc = docOf({
      namespaces: [namespaceOf('prod')],
      workloads: [db, web],
      policies: [
        policyOf('prod/deny', { podSelector: {} }),
        policyOf('prod/db-policy', { podSelector: { matchLabels: { role: 'db' } } }),
      ],
    });
    expect(findings(doc)).toEqual([]);
  });
});
