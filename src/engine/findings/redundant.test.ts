import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicySpec } from '../../model';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { applyEdit } from '../edits/applyEdit';
import type { Finding } from './types';
import { redundantFindings } from './redundant';

const web = podOf(
  'prod/web',
  { role: 'web' },
  { ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }], ips: ['10.0.0.1'] },
);
const api = podOf(
  'prod/api',
  { role: 'api' },
  { ports: [{ containerPort: 5000, protocol: 'TCP' }] },
);
const db = podOf('prod/db', { role: 'db' }, { ports: [{ containerPort: 3306, protocol: 'TCP' }] });

function prod(specs: Record<string, NetworkPolicySpec>): Doc {
  return docOf({
    namespaces: [namespaceOf('prod')],
    workloads: [web, api, db],
    externals: [{ name: 'backup', cidr: '192.168.5.10/32' }],
    policies: Object.entries(specs).map(([name, spec]) => policyOf(`prod/${name}`, spec)),
  });
}

const WEB = { matchLabels: { role: 'web' } };
const API = { matchLabels: { role: 'api' } };
const DB = { matchLabels: { role: 'db' } };
const findings = (doc: Doc) => redundantFindings(doc, compilePolicies(doc));

/** Applies the finding's fix: it must clear the finding and change no verdict. */
function expectSafeFix(doc: Doc, finding: Finding | undefined): Doc {
  expect(finding?.fix).not.toBeNull();
  const fixed = applyEdit(doc, finding?.fix ?? { type: 'batch', edits: [] });
  expect(fixed).not.toBe(doc);
  expect(findings(fixed).map((f) => f.id)).not.toContain(finding?.id);
  expect(verdictsChanged(doc, fixed)).toEqual([]);
  return fixed;
}

describe('a rule that another rule of the same policy already covers', () => {
  const doc = prod({
    'web-policy': {
      podSelector: WEB,
      policyTypes: ['Ingress'],
      ingress: [
        { from: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 80 }] },
        { from: [{ podSelector: {} }] },
      ],
    },
  });

  it('is reported, with a fix that removes it', () => {
    const [finding, ...more] = findings(doc);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: 'ruleRedundant:prod/web-policy:spec.ingress[0]',
      kind: 'ruleRedundant',
      severity: 'info',
      message:
        'spec.ingress[0] of prod/web-policy allows nothing that other ingress rules do not already allow, so removing it changes no verdict.',
      fix: {
        type: 'removeRulePeer',
        rule: {
          policy: { namespace: 'prod', name: 'web-policy' },
          direction: 'ingress',
          ruleIndex: 0,
        },
        peerIndex: null,
      },
      fixLabel: 'Remove spec.ingress[0] of prod/web-policy',
    });
    const fixed = expectSafeFix(doc, finding);
    expect(fixed.policies[0]?.spec.ingress).toEqual([{ from: [{ podSelector: {} }] }]);
  });

  it('is not reported when it adds a port or a peer', () => {
    const wider = prod({
      'web-policy': {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 80 }] },
          { from: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 443 }] },
          { from: [{ podSelector: DB }], ports: [{ protocol: 'TCP', port: 80 }] },
        ],
      },
    });
    expect(findings(wider)).toEqual([]);
  });
});

describe('two identical rules', () => {
  it('report only the later one, so removing what is reported changes nothing', () => {
    const rule = { from: [{ podSelector: API }], ports: [{ protocol: 'TCP' as const, port: 80 }] };
    const doc = prod({ p: { podSelector: WEB, policyTypes: ['Ingress'], ingress: [rule, rule] } });
    const found = findings(doc);
    expect(found.map((f) => f.id)).toEqual(['ruleRedundant:prod/p:spec.ingress[1]']);
    expectSafeFix(doc, found[0]);
  });

  it('are the same whether the port is named or numbered', () => {
    const doc = prod({
      p: {
        podSelector: WEB,
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 80 }] },
          { from: [{ podSelector: API }], ports: [{ port: 'http' }] },
        ],
      },
    });
    expect(findings(doc).map((f) => f.id)).toEqual(['ruleRedundant:prod/p:spec.ingress[1]']);
  });
});

describe('a policy the other policies already cover', () => {
  const doc = prod({
    'db-policy': {
      podSelector: DB,
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 3306 }] }],
    },
    'allow-prod': {
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: {} }] }],
    },
  });

  it('is reported as a whole (not rule by rule), naming what covers it', () => {
    const [finding, ...more] = findings(doc);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: 'policyRedundant:prod/db-policy',
      message:
        'prod/db-policy allows nothing that prod/allow-prod does not already allow, so removing it changes no verdict.',
      fix: { type: 'removePolicy', ref: { namespace: 'prod', name: 'db-policy' } },
      fixLabel: 'Remove policy prod/db-policy',
    });
    expectSafeFix(doc, finding);
  });

  it('is reported when it alone isolates its pods but allows them everything', () => {
    const open = prod({
      'allow-all': { podSelector: WEB, policyTypes: ['Ingress'], ingress: [{}] },
    });
    const [finding] = findings(open);
    expect(finding?.message).toBe(
      'prod/allow-all allows every connection of the pods it selects, which no other policy isolates, so removing it changes no verdict.',
    );
    expectSafeFix(open, finding);
  });

  it('of two identical policies is the later one only', () => {
    const spec: NetworkPolicySpec = {
      podSelector: DB,
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: API }] }],
    };
    expect(findings(prod({ a: spec, b: spec })).map((f) => f.id)).toEqual([
      'policyRedundant:prod/b',
    ]);
  });
});

describe('what is never reported', () => {
  it('a default deny, even when other policies isolate every pod it selects', () => {
    const doc = prod({
      'default-deny': { podSelector: {}, policyTypes: ['Ingress'] },
      everyone: {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ podSelector: API }] }],
      },
    });
    expect(findings(doc)).toEqual([]);
  });

  it('a rule whose peers match nothing (a typo is not a redundancy)', () => {
    const doc = prod({
      p: {
        podSelector: DB,
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: API }] },
          { from: [{ podSelector: { matchLabels: { role: 'apl' } } }] },
        ],
      },
    });
    expect(findings(doc)).toEqual([]);
  });
});

describe('addresses outside the cluster', () => {
  const block = (cidr: string, except?: string[]) => ({
    from: [{ ipBlock: except === undefined ? { cidr } : { cidr, except } }],
  });
  const withBlocks = (...ingress: NetworkPolicySpec['ingress'] & object) =>
    prod({ p: { podSelector: DB, policyTypes: ['Ingress'], ingress } });

  it('a narrower ipBlock is covered by a wider one, not the reverse', () => {
    const doc = withBlocks(block('0.0.0.0/0'), block('192.168.0.0/16'));
    expect(findings(doc).map((f) => f.id)).toEqual(['ruleRedundant:prod/p:spec.ingress[1]']);
    expectSafeFix(doc, findings(doc)[0]);
    expect(findings(withBlocks(block('192.168.0.0/16'), block('0.0.0.0/0')))).toMatchObject([
      { id: 'ruleRedundant:prod/p:spec.ingress[0]' },
    ]);
  });

  it('an except of the wider block that cuts into the narrower one breaks the cover', () => {
    const doc = withBlocks(block('0.0.0.0/0', ['192.168.5.0/24']), block('192.168.0.0/16'));
    expect(findings(doc)).toEqual([]);
  });

  it('a rule without from covers every ipBlock (and, alone, makes its policy allow everything)', () => {
    expect(findings(withBlocks({}, block('192.168.0.0/16'))).map((f) => f.id)).toEqual([
      'policyRedundant:prod/p',
    ]);
    const denied = prod({
      deny: { podSelector: {}, policyTypes: ['Ingress'] },
      p: { podSelector: DB, policyTypes: ['Ingress'], ingress: [{}, block('192.168.0.0/16')] },
    });
    expect(findings(denied).map((f) => f.id)).toEqual(['ruleRedundant:prod/p:spec.ingress[1]']);
  });
});

describe('egress rules', () => {
  it('a rule to the api on 5000 is covered by one to every pod on TCP', () => {
    const doc = prod({
      'web-egress': {
        podSelector: WEB,
        policyTypes: ['Egress'],
        egress: [
          { to: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 5000 }] },
          { to: [{ namespaceSelector: {} }], ports: [{ protocol: 'TCP' }] },
        ],
      },
    });
    const [finding] = findings(doc);
    expect(finding?.id).toBe('ruleRedundant:prod/web-egress:spec.egress[0]');
    expectSafeFix(doc, finding);
  });

  it('keeps policyTypes written out when the policy relied on its egress rules for Egress', () => {
    const doc = prod({
      'web-egress': {
        podSelector: WEB,
        egress: [
          { to: [{ podSelector: API }], ports: [{ protocol: 'TCP', port: 5000 }] },
          { to: [{ podSelector: API }] },
        ],
      },
    });
    const [finding] = findings(doc);
    expect(finding?.fix?.type).toBe('batch');
    const fixed = expectSafeFix(doc, finding);
    expect(fixed.policies[0]?.spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });
});
