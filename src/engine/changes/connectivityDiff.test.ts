import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy } from '../../model';
import { THREE_TIER_SCENARIOS, threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { containerPort, nsObject, podObject } from '../__fixtures__/clusters/objects';
import { compilePolicies } from '../compile/compile';
import {
  connectivityCounts,
  connectivityDiff,
  diffIsEmpty,
  ruleChangeText,
} from './connectivityDiff';
import type { ConnectivityDiff } from './connectivityDiff';

const evaluated = (doc: Doc) => ({ doc, index: compilePolicies(doc) });
const scenario = (name: string): Doc => {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === `three-tier/${name}`);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
};

/** `from>to TCP/80 allowed|blocked: because; because`, one line per changed cell. */
function lines(diff: ConnectivityDiff): string[] {
  return diff.pairs.flatMap((pair) =>
    [...pair.newlyAllowed, ...pair.newlyBlocked].map(
      (c) =>
        `${pair.from}>${pair.to} ${c.protocol}/${c.port} ${c.allowed ? 'allowed' : 'blocked'}: ${c.because.map(ruleChangeText).join('; ')}`,
    ),
  );
}

const diffOf = (before: Doc, after: Doc) => connectivityDiff(evaluated(before), evaluated(after));

const withPolicies = (doc: Doc, edit: (p: readonly NetworkPolicy[]) => NetworkPolicy[]): Doc => ({
  ...doc,
  policies: edit(doc.policies),
});

describe('when a policy is deleted', () => {
  const before = scenario('db-policy');
  const diff = diffOf(
    before,
    withPolicies(before, () => []),
  );

  it('allows every connection it blocked, on every port compared, the pod itself included', () => {
    expect(diff.newlyAllowed).toBe(14);
    expect(diff.newlyBlocked).toBe(0);
    expect(diff.pairs.map((p) => `${p.from}>${p.to}`)).toEqual([
      'prod/web>prod/db',
      'prod/api>prod/db',
      'prod/db>prod/db',
      'dev/api>prod/db',
      'test/api>prod/db',
    ]);
    // prod/api already reached the database on 3306: only the other ports changed.
    expect(diff.pairs[1]?.newlyAllowed.map((c) => `${c.protocol}/${c.port}`)).toEqual([
      'TCP/80',
      'TCP/5000',
    ]);
  });

  it('is counted the same without the explanations', () => {
    const after = withPolicies(before, () => []);
    expect(connectivityCounts(evaluated(before), evaluated(after))).toEqual({
      newlyAllowed: 14,
      newlyBlocked: 0,
    });
  });

  it('names the policy that no longer isolates the destination', () => {
    expect(lines(diff)[0]).toBe(
      'prod/web>prod/db TCP/80 allowed: prod/db-policy no longer isolates for ingress',
    );
    expect(diff.pairs[0]?.newlyAllowed[0]?.reason).toBe(
      'allowed: neither prod/web nor prod/db is isolated',
    );
  });

  it('lists nothing added or removed', () => {
    expect(diff.workloads).toEqual({ added: [], removed: [] });
    expect(diff.namespaces).toEqual({ added: [], removed: [] });
    expect(diff.ports).toEqual({ added: [], removed: [] });
  });
});

describe('when a peer is removed', () => {
  it('blocks what only that peer let in, naming the rule that stopped allowing it', () => {
    const before = scenario('db-from-prod-or-api');
    const after = scenario('db-policy');
    expect(lines(diffOf(before, after))).toEqual([
      'prod/web>prod/db TCP/3306 blocked: prod/db-policy ingress[0] no longer allows it',
      'prod/db>prod/db TCP/3306 blocked: prod/db-policy ingress[0] no longer allows it',
    ]);
  });

  it('names the rule that allows it when the peer comes back', () => {
    const before = scenario('db-policy');
    const after = scenario('db-from-prod-or-api');
    expect(lines(diffOf(before, after))).toEqual([
      'prod/web>prod/db TCP/3306 allowed: prod/db-policy ingress[0] now allows it',
      'prod/db>prod/db TCP/3306 allowed: prod/db-policy ingress[0] now allows it',
    ]);
  });
});

describe("when a namespace's labels change", () => {
  it('blocks what a namespaceSelector matched through them', () => {
    const before = scenario('db-from-prod-api-and');
    const after: Doc = {
      ...before,
      namespaces: before.namespaces.map((n) =>
        n.name === 'prod' ? nsObject('prod', { name: 'production' }) : n,
      ),
    };
    expect(lines(diffOf(before, after))).toEqual([
      'prod/api>prod/db TCP/3306 blocked: prod/db-policy ingress[0] no longer allows it',
    ]);
  });
});

describe('when a policy isolates pods that were open', () => {
  it('names the policy that isolates them now, on the side it isolates', () => {
    const before = threeTierCluster([]);
    const deny = scenario('locked-down').policies[0];
    if (deny === undefined) throw new Error('no default-deny-all');
    const diff = diffOf(
      before,
      withPolicies(before, () => [deny]),
    );
    expect(diff.newlyAllowed).toBe(0);
    expect(lines(diff)).toContain(
      'prod/web>dev/api TCP/5000 blocked: prod/default-deny-all now isolates for egress',
    );
    expect(lines(diff)).toContain(
      'dev/api>prod/web TCP/80 blocked: prod/default-deny-all now isolates for ingress',
    );
    // Both ends in prod: both sides changed.
    expect(lines(diff)).toContain(
      'prod/web>prod/api TCP/5000 blocked: prod/default-deny-all now isolates for egress; prod/default-deny-all now isolates for ingress',
    );
  });
});

describe('what is on one side only', () => {
  const before = scenario('db-policy');
  const after: Doc = {
    ...before,
    namespaces: [...before.namespaces.filter((n) => n.name !== 'test'), nsObject('stage')],
    workloads: [
      ...before.workloads.filter((w) => w.namespace !== 'test'),
      podObject('stage', 'cache', { role: 'cache' }, ['10.33.0.1'], [containerPort(6379, 'TCP')]),
    ],
  };
  const diff = diffOf(before, after);

  it('lists workloads, namespaces and ports added or removed', () => {
    expect(diff.workloads).toEqual({ added: ['stage/cache'], removed: ['test/api'] });
    expect(diff.namespaces).toEqual({ added: ['stage'], removed: ['test'] });
    expect(diff.ports).toEqual({ added: [{ port: 6379, protocol: 'TCP' }], removed: [] });
    expect(diffIsEmpty(diff)).toBe(false);
  });

  it('counts no connection of theirs as changed', () => {
    expect(diff.pairs).toEqual([]);
  });
});

describe('when nothing that decides a verdict changed', () => {
  it('is empty for the same document', () => {
    const doc = scenario('locked-down');
    expect(diffIsEmpty(diffOf(doc, structuredClone(doc)))).toBe(true);
  });

  it('is empty with a network plugin that enforces no policy', () => {
    const before = scenario('db-policy');
    const diff = connectivityDiff(evaluated(before), evaluated(threeTierCluster([])), {
      enforced: false,
    });
    expect(diffIsEmpty(diff)).toBe(true);
  });

  it('compares only the ports it is given', () => {
    const before = scenario('db-policy');
    const diff = connectivityDiff(evaluated(before), evaluated(threeTierCluster([])), {
      ports: [{ port: 3306, protocol: 'TCP' }],
    });
    expect(diff.newlyAllowed).toBe(4);
  });
});
