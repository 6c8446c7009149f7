import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyPeer } from '../../model';
import type { DocEdit } from '../edits/types';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { netpol } from '../__fixtures__/clusters/objects';
import { verdictsChanged } from '../__fixtures__/findingsVerdicts';
import { compilePolicies } from '../compile/compile';
import { applyEdit } from '../edits/applyEdit';
import { peersCombined, peersSeparate } from './peers';

const PROD_NS: NetworkPolicyPeer = { namespaceSelector: { matchLabels: { name: 'prod' } } };
const DEV_NS: NetworkPolicyPeer = { namespaceSelector: { matchLabels: { name: 'dev' } } };
const API_POD: NetworkPolicyPeer = { podSelector: { matchLabels: { name: 'api-pod' } } };
const WEB_POD: NetworkPolicyPeer = { podSelector: { matchLabels: { role: 'web' } } };

/** The three-tier example with db-policy admitting `from` on TCP 3306. */
function dbPolicy(from: readonly NetworkPolicyPeer[]): Doc {
  return threeTierCluster([
    netpol('prod', 'db-policy', {
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [{ from, ports: [{ protocol: 'TCP', port: 3306 }] }],
    }),
  ]);
}

const separate = (doc: Doc) => peersSeparate(doc, compilePolicies(doc));
const combined = (doc: Doc) => peersCombined(doc, compilePolicies(doc));
const fixOf = (fix: DocEdit | null | undefined): DocEdit => fix ?? { type: 'batch', edits: [] };

describe('when namespaceSelector and podSelector sit in separate elements', () => {
  it('warns when the namespaces include the policy’s own, so the podSelector element adds nothing', () => {
    const [finding, ...more] = separate(dbPolicy([PROD_NS, API_POD]));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: 'peersSeparate:prod/db-policy:spec.ingress[0]',
      severity: 'warning',
      message:
        'In spec.ingress[0] of prod/db-policy, from[1] adds nothing because from[0] already matches every pod in namespaces with name=prod, prod included; did you mean pods with name=api-pod in namespaces with name=prod, as one element?',
      fixLabel: 'Merge from[0] and from[1] into one element',
    });
    expect(finding?.subjects).toEqual([
      { kind: 'policy', namespace: 'prod', name: 'db-policy', path: 'spec.ingress[0].from' },
      { kind: 'workload', namespace: 'prod', name: 'db' },
    ]);
  });

  it('merges them into one element: web loses its way in, prod’s api keeps it', () => {
    const doc = dbPolicy([PROD_NS, API_POD]);
    const [finding] = separate(doc);
    const fixed = applyEdit(doc, fixOf(finding?.fix));
    expect(fixed).toEqual(dbPolicy([{ ...PROD_NS, ...API_POD }]));
    expect(separate(fixed)).toEqual([]);
    expect(combined(fixed)).toEqual([]);
    expect(verdictsChanged(doc, fixed).filter((c) => c.includes('TCP/3306:'))).toEqual([
      'prod/web>prod/db TCP/3306: true -> false',
    ]);
  });

  it('only informs when the namespaces are others (an OR can be meant)', () => {
    const [finding] = separate(dbPolicy([DEV_NS, API_POD]));
    expect(finding).toMatchObject({
      severity: 'info',
      message:
        "spec.ingress[0] of prod/db-policy matches every pod in namespaces with name=dev or pods with name=api-pod in namespace prod (the policy's own) (two elements: either one); did you mean pods with name=api-pod in namespaces with name=dev, as one element?",
    });
  });

  it('offers no merge when there are several of either kind', () => {
    const [finding] = separate(dbPolicy([PROD_NS, API_POD, WEB_POD]));
    expect(finding?.fix).toBeNull();
    expect(finding?.fixLabel).toBeUndefined();
  });

  it('says nothing when the AND would match no workload (the OR is then what was meant)', () => {
    // web pods run in prod only: "web pods IN dev" would be nobody.
    expect(separate(dbPolicy([DEV_NS, WEB_POD]))).toEqual([]);
  });

  it('ignores ipBlocks and elements holding both selectors', () => {
    const block: NetworkPolicyPeer = { ipBlock: { cidr: '192.168.5.10/32' } };
    expect(separate(dbPolicy([block, API_POD, { ...PROD_NS, ...API_POD }]))).toEqual([]);
  });
});

describe('when one element holds both selectors and matches no workload', () => {
  const doc = dbPolicy([{ ...DEV_NS, ...WEB_POD }]);

  it('warns that it matches nobody and suggests two elements', () => {
    const [finding, ...more] = combined(doc);
    expect(more).toEqual([]);
    expect(finding).toMatchObject({
      id: 'peersCombined:prod/db-policy:spec.ingress[0].from[0]',
      severity: 'warning',
      message:
        'from[0] of spec.ingress[0] in prod/db-policy matches no workload, because no pod with role=web runs in namespaces with name=dev; did you mean every pod in namespaces with name=dev or pods with role=web in prod, as two elements?',
      fixLabel: 'Split from[0] into two elements',
    });
  });

  it('splits it: dev’s pods and prod’s web get in, and the split is not flagged back', () => {
    const [finding] = combined(doc);
    const fixed = applyEdit(doc, fixOf(finding?.fix));
    expect(fixed).toEqual(dbPolicy([DEV_NS, WEB_POD]));
    expect(combined(fixed)).toEqual([]);
    expect(separate(fixed)).toEqual([]);
    expect(verdictsChanged(doc, fixed).filter((c) => c.includes('TCP/3306:'))).toEqual([
      'prod/web>prod/db TCP/3306: false -> true',
      'dev/api>prod/db TCP/3306: false -> true',
    ]);
  });

  it('says nothing when the AND matches a workload (what the documentation teaches)', () => {
    expect(combined(dbPolicy([{ ...PROD_NS, ...API_POD }]))).toEqual([]);
  });

  it('says nothing when a half matches nothing either (a typo, not the trap)', () => {
    const typo: NetworkPolicyPeer = { podSelector: { matchLabels: { role: 'wbe' } } };
    expect(combined(dbPolicy([{ ...DEV_NS, ...typo }]))).toEqual([]);
  });
});

describe('rules under a direction the policy does not isolate', () => {
  it('are ignored, as the API server’s policyTypes says', () => {
    const doc = threeTierCluster([
      netpol('prod', 'egress-only', {
        podSelector: {},
        policyTypes: ['Egress'],
        ingress: [{ from: [PROD_NS, API_POD] }],
      }),
    ]);
    expect(separate(doc)).toEqual([]);
  });
});

describe('an empty podSelector beside a namespaceSelector', () => {
  it('counts as a namespaceSelector alone', () => {
    const nsWithEmptyPods: NetworkPolicyPeer = { ...PROD_NS, podSelector: {} };
    expect(separate(dbPolicy([nsWithEmptyPods, API_POD])).map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });
});
