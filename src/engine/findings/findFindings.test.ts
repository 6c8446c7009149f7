import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { THREE_TIER_SCENARIOS } from '../__fixtures__/clusters/threeTier';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { applyEdit } from '../edits/applyEdit';
import { findFindings } from './findFindings';

function scenario(name: string): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

const findings = (doc: Doc) => findFindings(doc, compilePolicies(doc));

describe('the three-tier lesson', () => {
  it('finds nothing while everything is allowed, or with the classic db-policy', () => {
    expect(findings(scenario('three-tier/open'))).toEqual([]);
    expect(findings(scenario('three-tier/db-policy'))).toEqual([]);
    expect(findings(scenario('three-tier/db-from-prod-api-and'))).toEqual([]);
  });

  it('flags the two-element version of the namespace example as the AND/OR trap', () => {
    expect(findings(scenario('three-tier/db-from-prod-or-api')).map((f) => f.id)).toEqual([
      'peersSeparate:prod/db-policy:spec.ingress[0]',
    ]);
  });

  it('locked down: DNS is missing (warning first), and web is open to anyone on 80 (information)', () => {
    const doc = scenario('three-tier/locked-down');
    const found = findings(doc);
    expect(found.map((f) => [f.severity, f.id])).toEqual([
      ['warning', 'egressWithoutDns:prod'],
      ['info', 'ingressFromAnywhere:prod/web-policy:spec.ingress[0]'],
    ]);
    const fixed = applyEdit(doc, found[0]?.fix ?? { type: 'batch', edits: [] });
    expect(findings(fixed).map((f) => f.id)).toEqual([
      'ingressFromAnywhere:prod/web-policy:spec.ingress[0]',
    ]);
    expect(verdictsChanged(doc, fixed)).toEqual([]);
  });
});

describe('the order of the list', () => {
  it('puts warnings before information, then groups by kind in document order', () => {
    const doc = docOf({
      namespaces: [namespaceOf('prod')],
      workloads: [
        podOf('prod/db', { role: 'db' }, { ports: [{ containerPort: 3306, protocol: 'TCP' }] }),
      ],
      policies: [
        policyOf('prod/open', {
          podSelector: {},
          policyTypes: ['Ingress'],
          ingress: [{ ports: [{ port: 3306 }] }],
        }),
        policyOf('prod/typo', { podSelector: { matchLabels: { role: 'bd' } } }),
        policyOf('prod/empty-ns', { podSelector: {}, policyTypes: ['Egress'] }),
      ],
    });
    expect(findings(doc).map((f) => [f.severity, f.kind])).toEqual([
      ['warning', 'egressWithoutDns'],
      ['warning', 'policySelectsNothing'],
      ['info', 'ingressFromAnywhere'],
    ]);
  });
});
