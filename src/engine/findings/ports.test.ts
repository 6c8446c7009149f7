import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicySpec } from '../../model';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { applyEdit } from '../edits/applyEdit';
import { namedPortUndeclared } from './ports';

const web = podOf(
  'prod/web',
  { role: 'web' },
  { ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }] },
);
const api = podOf(
  'prod/api',
  { role: 'api' },
  {
    ports: [
      { name: 'api', containerPort: 5000, protocol: 'TCP' },
      { name: 'gossip', containerPort: 7946, protocol: 'UDP' },
    ],
  },
);

function prod(spec: NetworkPolicySpec): Doc {
  return docOf({
    namespaces: [namespaceOf('prod')],
    workloads: [web, api],
    policies: [policyOf('prod/p', spec)],
  });
}

const findings = (doc: Doc) => namedPortUndeclared(doc, compilePolicies(doc));

const WEB = { matchLabels: { role: 'web' } };
const API = { matchLabels: { role: 'api' } };

describe('a named port in an ingress rule', () => {
  it('is looked up on the pods the policy selects', () => {
    expect(findings(prod({ podSelector: WEB, ingress: [{ ports: [{ port: 'http' }] }] }))).toEqual(
      [],
    );
    const doc = prod({ podSelector: WEB, ingress: [{ ports: [{ port: 'api' }] }] });
    expect(findings(doc)).toEqual([
      {
        id: 'namedPortUndeclared:prod/p:spec.ingress[0].ports[0]',
        kind: 'namedPortUndeclared',
        severity: 'warning',
        message:
          'Port api in spec.ingress[0].ports[0] of prod/p matches nothing: prod/web declares no TCP container port named api.',
        subjects: [
          { kind: 'policy', namespace: 'prod', name: 'p', path: 'spec.ingress[0].ports[0]' },
          { kind: 'workload', namespace: 'prod', name: 'web' },
        ],
        fix: null,
      },
    ]);
  });

  it('offers the declared name one typo away, which opens that port and nothing else', () => {
    const doc = prod({
      podSelector: WEB,
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: API }], ports: [{ port: 'htpp' }] }],
    });
    const [finding] = findings(doc);
    expect(finding?.message).toBe(
      'Port htpp in spec.ingress[0].ports[0] of prod/p matches nothing: prod/web declares no TCP container port named htpp (did you mean http?).',
    );
    expect(finding?.fixLabel).toBe('Use port name http');
    const fixed = applyEdit(doc, finding?.fix ?? { type: 'batch', edits: [] });
    expect(fixed.policies[0]?.spec.ingress?.[0]?.ports).toEqual([{ port: 'http' }]);
    expect(findings(fixed)).toEqual([]);
    expect(verdictsChanged(doc, fixed)).toEqual(['prod/api>prod/web TCP/80: false -> true']);
  });

  it('takes the protocol into account, and says when the name exists with another one', () => {
    const doc = prod({
      podSelector: API,
      ingress: [{ ports: [{ protocol: 'TCP', port: 'gossip' }] }],
    });
    expect(findings(doc).map((f) => f.message)).toEqual([
      'Port gossip in spec.ingress[0].ports[0] of prod/p matches nothing: prod/api declares no TCP container port named gossip (prod/api declares it with another protocol).',
    ]);
  });
});

describe('the destinations a message names', () => {
  it('are all listed when several pods lack the name', () => {
    const doc = prod({ podSelector: {}, ingress: [{ ports: [{ port: 'metrics' }] }] });
    expect(findings(doc).map((f) => f.message)).toEqual([
      'Port metrics in spec.ingress[0].ports[0] of prod/p matches nothing: none of prod/web or prod/api declares a TCP container port named metrics.',
    ]);
  });
});

describe('a named port in an egress rule', () => {
  it('is looked up on the pods the rule’s peers match', () => {
    const to = [{ podSelector: API }];
    expect(
      findings(prod({ podSelector: WEB, egress: [{ to, ports: [{ port: 'api' }] }] })),
    ).toEqual([]);
    expect(
      findings(prod({ podSelector: WEB, egress: [{ to, ports: [{ port: 'http' }] }] })).map(
        (f) => f.message,
      ),
    ).toEqual([
      'Port http in spec.egress[0].ports[0] of prod/p matches nothing: prod/api declares no TCP container port named http.',
    ]);
  });

  it('never matches an address outside the cluster', () => {
    const doc = prod({
      podSelector: WEB,
      egress: [{ to: [{ ipBlock: { cidr: '192.168.5.10/32' } }], ports: [{ port: 'http' }] }],
    });
    expect(findings(doc).map((f) => f.message)).toEqual([
      'Port http in spec.egress[0].ports[0] of prod/p matches nothing: its destinations are addresses outside the cluster, which have no named ports.',
    ]);
  });
});

describe('when the rule never applies', () => {
  it('says nothing for a policy selecting no pod (another finding covers it)', () => {
    const doc = prod({
      podSelector: { matchLabels: { role: 'none' } },
      ingress: [{ ports: [{ port: 'nope' }] }],
    });
    expect(findings(doc)).toEqual([]);
  });
});
