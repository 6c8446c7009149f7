import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import {
  FROM_PROD_API_POD,
  dbPolicyWith,
  threeTierForEdits,
} from '../__fixtures__/clusters/threeTierEdits';
import { netpol } from '../__fixtures__/clusters/objects';
import { applyEdit } from './applyEdit';
import { createEvaluator } from '../compile/evaluator';

const DB_POLICY = dbPolicyWith({
  from: [FROM_PROD_API_POD, { ipBlock: { cidr: '192.168.5.10/32' } }],
  ports: [{ protocol: 'TCP', port: 3306 }],
});

const base = (): Doc => threeTierForEdits(DB_POLICY);
const DB_REF = { namespace: 'prod', name: 'db-policy' };

describe('when an edit changes nothing', () => {
  const doc = base();
  it.each([
    ['an existing namespace is added', { type: 'addNamespace', name: 'prod' }],
    ['an unknown namespace is renamed', { type: 'renameNamespace', name: 'nope', newName: 'x' }],
    [
      'a namespace is renamed onto another',
      { type: 'renameNamespace', name: 'dev', newName: 'test' },
    ],
    [
      'labels are set to what they are',
      { type: 'setNamespaceLabels', name: 'prod', labels: { name: 'prod' } },
    ],
    [
      'an unknown workload is updated',
      { type: 'updateWorkload', namespace: 'prod', name: 'ghost', changes: { labels: {} } },
    ],
    [
      'a workload gets its own labels again',
      {
        type: 'updateWorkload',
        namespace: 'prod',
        name: 'db',
        changes: { labels: { role: 'db' } },
      },
    ],
    [
      'a workload is moved onto another',
      { type: 'updateWorkload', namespace: 'dev', name: 'api', changes: { namespace: 'test' } },
    ],
    [
      'an unknown workload is removed',
      { type: 'removeWorkload', namespace: 'prod', name: 'ghost' },
    ],
    [
      'an external endpoint name is taken',
      { type: 'addExternal', external: { name: 'backup server', cidr: '10.0.0.1' } },
    ],
    ['a policy name is taken', { type: 'addPolicy', policy: DB_POLICY }],
    [
      'an unknown policy is removed',
      { type: 'removePolicy', ref: { namespace: 'prod', name: 'nope' } },
    ],
    [
      'a policy is renamed onto another',
      { type: 'renamePolicy', ref: DB_REF, newName: 'api-policy' },
    ],
    [
      'a policy is replaced by an equal copy',
      { type: 'replacePolicy', ref: DB_REF, policy: structuredClone<NetworkPolicy>(DB_POLICY) },
    ],
    [
      'a peer of an unknown rule is removed',
      {
        type: 'removeRulePeer',
        rule: { policy: DB_REF, direction: 'egress', ruleIndex: 0 },
        peerIndex: 0,
      },
    ],
  ] as const)('returns the same document when %s', (_, edit) => {
    expect(applyEdit(doc, edit)).toBe(doc);
  });
});

describe('when a policy changes', () => {
  it('keeps the identity of every workload and every other policy', () => {
    const doc = base();
    const next = applyEdit(doc, { type: 'renamePolicy', ref: DB_REF, newName: 'db' });
    expect(next.workloads).toBe(doc.workloads);
    expect(next.namespaces).toBe(doc.namespaces);
    expect(next.policies[1]).toBe(doc.policies[1]);
    expect(next.policies[0]?.metadata.name).toBe('db');
  });

  it('lets an evaluator reuse the compiled form of the untouched policies', () => {
    const evaluator = createEvaluator();
    const doc = base();
    const first = evaluator.compile(doc);
    const second = evaluator.compile(applyEdit(doc, { type: 'removePolicy', ref: DB_REF }));
    expect(second.policies[0]).toBe(first.policies[1]);
    expect(second.cluster).toBe(first.cluster);
  });

  it('duplicates a policy right after the original, with a free name', () => {
    const once = applyEdit(base(), { type: 'duplicatePolicy', ref: DB_REF });
    const twice = applyEdit(once, { type: 'duplicatePolicy', ref: DB_REF });
    expect(twice.policies.map((p) => p.metadata.name)).toEqual([
      'db-policy',
      'db-policy-copy-2',
      'db-policy-copy',
      'api-policy',
      'dev-deny',
    ]);
    expect(twice.policies[1]?.spec).toEqual(DB_POLICY.spec);
  });

  it('adds a policy with the namespace written out, and its namespace when new', () => {
    const policy = netpol('shop', 'deny', { podSelector: {}, policyTypes: ['Ingress'] });
    const next = applyEdit(base(), { type: 'addPolicy', policy });
    expect(next.namespaces.map((n) => n.name)).toContain('shop');
    const { namespace: _ns, ...metadata } = policy.metadata;
    // As a policy written by hand may come, without its namespace.
    const written = { ...policy, metadata } as NetworkPolicy;
    const noNamespace = applyEdit(base(), { type: 'addPolicy', policy: written });
    expect(noNamespace.policies[3]?.metadata.namespace).toBe('default');
  });
});

describe('when an edge that was not drawn is deleted', () => {
  const rule = { policy: DB_REF, direction: 'ingress', ruleIndex: 0 } as const;

  it('removes only that peer when the rule has others', () => {
    const next = applyEdit(base(), { type: 'removeRulePeer', rule, peerIndex: 1 });
    expect(next.policies[0]?.spec.ingress?.[0]?.from).toHaveLength(1);
    expect(next.policies[0]?.spec.ingress?.[0]?.ports).toEqual([{ protocol: 'TCP', port: 3306 }]);
  });

  it('removes the rule with its last peer, and the policy still isolates', () => {
    const once = applyEdit(base(), { type: 'removeRulePeer', rule, peerIndex: 1 });
    const twice = applyEdit(once, { type: 'removeRulePeer', rule, peerIndex: 0 });
    expect(twice.policies[0]?.spec).toEqual({
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [],
    });
  });
});

describe('workloads and external endpoints', () => {
  it('moves a workload to another namespace, adding the namespace when new', () => {
    const doc = base();
    const next = applyEdit(doc, {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'db',
      changes: { namespace: 'data' },
    });
    expect(next.workloads.find((w) => w.name === 'db')?.namespace).toBe('data');
    expect(next.namespaces.at(-1)?.name).toBe('data');
    expect(next.policies).toBe(doc.policies);
  });

  it('updates only the fields given', () => {
    const doc = base();
    const next = applyEdit(doc, {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'db',
      changes: { ports: [{ containerPort: 5432, protocol: 'TCP' }] },
    });
    const db = next.workloads.find((w) => w.name === 'db');
    expect(db?.labels).toEqual({ role: 'db' });
    expect(db?.ports).toEqual([{ containerPort: 5432, protocol: 'TCP' }]);
    expect(next.workloads[0]).toBe(doc.workloads[0]);
  });

  it('adds a workload in a new namespace and removes it again', () => {
    const workload = {
      namespace: 'shop',
      name: 'cart',
      kind: 'Deployment',
      labels: { app: 'cart' },
      ports: [],
      ips: [],
    } as const;
    const added = applyEdit(base(), { type: 'addWorkload', workload });
    expect(added.namespaces.at(-1)?.name).toBe('shop');
    const removed = applyEdit(added, { type: 'removeWorkload', namespace: 'shop', name: 'cart' });
    expect(removed.workloads).toEqual(base().workloads);
  });

  it('renames an external endpoint, changes its address and removes it', () => {
    const renamed = applyEdit(base(), {
      type: 'updateExternal',
      name: 'backup server',
      external: { name: 'backup', cidr: '192.168.5.11' },
    });
    expect(renamed.externals).toEqual([{ name: 'backup', cidr: '192.168.5.11' }]);
    expect(applyEdit(renamed, { type: 'removeExternal', name: 'backup' }).externals).toEqual([]);
  });
});

describe('a batch', () => {
  it('applies its edits in order as one step', () => {
    const next = applyEdit(base(), {
      type: 'batch',
      edits: [
        { type: 'addNamespace', name: 'shop' },
        { type: 'renameNamespace', name: 'shop', newName: 'store' },
      ],
    });
    expect(next.namespaces.at(-1)?.name).toBe('store');
  });

  it('returns the same document when none of its edits changes anything', () => {
    const doc = base();
    expect(applyEdit(doc, { type: 'batch', edits: [{ type: 'addNamespace', name: 'prod' }] })).toBe(
      doc,
    );
  });
});
