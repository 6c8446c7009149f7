import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { NetworkPolicy } from '../../model';
import { formCheck, problemAnchor } from './formProblems';

const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc;
const db = doc.policies[0]!;
const ref = { namespace: 'prod', name: 'db-policy' };

describe('when a draft is checked', () => {
  it('is not blocked when the API server would take it', () => {
    const check = formCheck(doc, ref, db);
    expect(check.blocked).toBe(false);
    expect(check.policy?.metadata.name).toBe('db-policy');
  });

  it('is blocked by a name another policy of the namespace has', () => {
    const other: NetworkPolicy = { ...db, metadata: { ...db.metadata, name: 'web-policy' } };
    const withTwo = { ...doc, policies: [db, other] };
    const check = formCheck(withTwo, ref, other);
    expect(check.blocked).toBe(true);
    expect(check.issues[0]?.path).toBe('metadata.name');
    expect(check.issues[0]?.message).toMatch(/namespace prod already has a NetworkPolicy/);
  });

  it('takes a new policy whose name is free', () => {
    const fresh = { ...db, metadata: { ...db.metadata, name: 'db-policy-2' } };
    expect(formCheck(doc, null, fresh).blocked).toBe(false);
    expect(formCheck(doc, null, db).blocked).toBe(true);
  });

  it('is blocked by an In requirement without values, with the API server message', () => {
    const draft: NetworkPolicy = {
      ...db,
      spec: { ...db.spec, podSelector: { matchExpressions: [{ key: 'tier', operator: 'In' }] } },
    };
    const check = formCheck(doc, ref, draft);
    expect(check.blocked).toBe(true);
    expect(check.policy).toBeNull();
    expect(check.issues[0]?.path).toBe('spec.podSelector.matchExpressions[0].values');
  });
});

describe('when a problem is placed in the form', () => {
  it.each([
    ['metadata.name', 'metadata.name'],
    ['spec.podSelector.matchLabels["a b"]', 'spec.podSelector'],
    ['spec.ingress[0].from[1].ipBlock.except[0]', 'spec.ingress[0].from[1].ipBlock'],
    [
      'spec.egress[2].to[0].namespaceSelector.matchExpressions[0].key',
      'spec.egress[2].to[0].namespaceSelector',
    ],
    ['spec.ingress[0].from[1]', 'spec.ingress[0].from[1]'],
    ['spec.ingress[3].ports[1].endPort', 'spec.ingress[3].ports[1]'],
    ['spec.ingress[0]', 'spec.ingress[0]'],
    ['spec.egress', 'spec.egress'],
    ['metadata.labels', ''],
  ])('shows %s at %s', (path, anchor) => {
    expect(problemAnchor(path)).toBe(anchor);
  });
});
