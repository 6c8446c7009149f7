import { describe, expect, it } from 'vitest';
import { applyEdit, compilePolicies, endLabel, portText } from '../../engine';
import type { DocEdit } from '../../engine';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { changesOf } from './derive';
import { deletionKeyOf, deletionPreviewText, deriveDeletionPreview } from './deletionPreview';

function scenario(name: string) {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

/** db admits prod's api pods on TCP 3306; every other pod of the cluster is cut off from db. */
const DB_POLICY = scenario('three-tier/db-policy');
const DB_RULE = {
  policy: { namespace: 'prod', name: 'db-policy' },
  direction: 'ingress',
  ruleIndex: 0,
} as const;

function preview(edit: DocEdit) {
  return deriveDeletionPreview(DB_POLICY, compilePolicies(DB_POLICY), edit);
}

describe('when deleting a policy is previewed', () => {
  const result = preview({ type: 'removePolicy', ref: DB_RULE.policy });

  it('lists the connections to db it would open, each with the policy that stops isolating', () => {
    // Cell for cell as `netpol-canvas diff`: every port some pod declares, db itself included.
    expect([result.newlyAllowed, result.newlyBlocked]).toEqual([14, 0]);
    expect(result.rows.map((r) => `${r.from}>${r.to} ${r.ports}`)).toEqual([
      'prod/web>prod/db TCP 80, TCP 3306, TCP 5000',
      'prod/api>prod/db TCP 80, TCP 5000',
      'prod/db>prod/db TCP 80, TCP 3306, TCP 5000',
      'dev/api>prod/db TCP 80, TCP 3306, TCP 5000',
      'test/api>prod/db TCP 80, TCP 3306, TCP 5000',
    ]);
    for (const row of result.rows) {
      expect(row.allowed).toBe(true);
      expect(row.because).toContain('prod/db-policy no longer isolates');
    }
    expect(result.removed).toEqual([]);
  });

  it('counts those the canvas and the status line will show: other workloads, db’s own port', () => {
    // prod/web, dev/api and test/api → prod/db on TCP 3306, as `changesOf` lists them after it;
    // the backup server is outside the cluster, so not one of the diff's connections.
    const after = applyEdit(DB_POLICY, { type: 'removePolicy', ref: DB_RULE.policy });
    const shown = changesOf(
      { doc: DB_POLICY, index: compilePolicies(DB_POLICY) },
      { doc: after, index: compilePolicies(after) },
    );
    expect(shown.map((c) => `${endLabel(c.from)}>${endLabel(c.to)} ${portText(c)}`)).toEqual([
      'prod/web>prod/db TCP 3306',
      'dev/api>prod/db TCP 3306',
      'test/api>prod/db TCP 3306',
      'backup server>prod/db TCP 3306',
    ]);
    expect(result.shown).toBe(3);
  });

  it('says it in one sentence, and how many of them the status line will name', () => {
    expect(deletionPreviewText(result, 'this policy')).toBe(
      'Deleting this policy would allow 14 connections and block none. The canvas and the status line will show 3 of them: those between two workloads on a port the destination declares.',
    );
    expect(deletionPreviewText({ ...result, shown: 14 }, 'this policy')).toBe(
      'Deleting this policy would allow 14 connections and block none.',
    );
    expect(deletionPreviewText({ ...result, shown: null }, 'this policy')).toBe(
      'Deleting this policy would allow 14 connections and block none.',
    );
    expect(deletionPreviewText(result, 'this policy', false)).toBe(
      'With this network plugin no policy is enforced: deleting this policy would change no connection.',
    );
  });
});

describe('when deleting the peer of a rule is previewed', () => {
  const result = preview({ type: 'removeRulePeer', rule: DB_RULE, peerIndex: 0 });

  it('blocks what that peer allowed, naming the rule', () => {
    expect([result.newlyAllowed, result.newlyBlocked]).toEqual([0, 1]);
    expect(result.rows).toEqual([
      {
        from: 'prod/api',
        to: 'prod/db',
        allowed: false,
        ports: 'TCP 3306',
        because: 'prod/db-policy ingress[0] no longer allows it',
      },
    ]);
    expect(result.shown).toBe(1);
    expect(deletionPreviewText(result, 'this peer')).toBe(
      'Deleting this peer would block 1 connection and allow none.',
    );
  });
});

describe('when deleting a namespace is previewed', () => {
  const result = preview({ type: 'removeNamespace', name: 'dev' });

  it('changes nothing between the workloads that stay and lists what goes', () => {
    expect(result.rows).toEqual([]);
    expect(result.removed).toEqual([
      { label: 'Namespaces removed', names: ['dev'] },
      { label: 'Workloads removed', names: ['dev/api'] },
    ]);
    expect(deletionPreviewText(result, 'this namespace')).toBe(
      'Deleting this namespace would change no connection between the workloads that stay.',
    );
  });
});

describe('a deletion’s key', () => {
  it('is the same for the same edit and differs for another', () => {
    const edit: DocEdit = { type: 'removeRule', rule: DB_RULE };
    expect(deletionKeyOf(edit)).toBe(deletionKeyOf({ type: 'removeRule', rule: { ...DB_RULE } }));
    expect(deletionKeyOf(edit)).not.toBe(deletionKeyOf({ type: 'removeNamespace', name: 'dev' }));
  });
});
