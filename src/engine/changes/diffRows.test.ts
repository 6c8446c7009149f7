import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { THREE_TIER_SCENARIOS } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import { connectivityDiff } from './connectivityDiff';
import { diffRows, diffSummary, oneSideLines, workloadsInBoth } from './diffRows';

function evaluated(doc: Doc) {
  return { doc, index: compilePolicies(doc) };
}

/** The three tiers with only db-policy. */
function withDbPolicy(): Doc {
  const doc = THREE_TIER_SCENARIOS.find(({ name }) => name.endsWith('/db-policy'))?.doc;
  if (doc === undefined) throw new Error('the db-policy scenario is gone');
  return doc;
}

describe('when a policy is deleted', () => {
  const before = evaluated(withDbPolicy());
  const after = evaluated({ ...before.doc, policies: [] });
  const diff = connectivityDiff(before, after);

  it('gives one row per pair and reason, its ports together', () => {
    const rows = diffRows(diff);
    expect(rows.map((r) => `${r.from}>${r.to}`)).toEqual(
      diff.pairs.map((p) => `${p.from}>${p.to}`),
    );
    expect(rows.every((r) => r.allowed)).toBe(true);
    expect(rows[1]).toEqual({
      from: 'prod/api',
      to: 'prod/db',
      allowed: true,
      ports: 'TCP 80, TCP 5000',
      because: 'prod/db-policy no longer isolates for ingress',
    });
  });

  it('counts what it compared', () => {
    const workloads = workloadsInBoth(before, after);
    expect(workloads).toBe(before.index.pods.length);
    expect(diffSummary(diff, workloads)).toMatch(
      /^14 newly allowed, 0 newly blocked \(\d+ workloads and \d+ ports compared\)$/,
    );
    expect(oneSideLines(diff)).toEqual([]);
  });
});

describe('when a workload is on one side only', () => {
  const before = evaluated(withDbPolicy());
  const [gone, ...kept] = before.doc.workloads;
  const after = evaluated({ ...before.doc, workloads: kept });

  it('lists it as removed and leaves it out of the count', () => {
    expect(workloadsInBoth(before, after)).toBe(before.index.pods.length - 1);
    const lines = oneSideLines(connectivityDiff(before, after));
    expect(lines).toContainEqual({
      label: 'Workloads removed',
      names: [`${gone?.namespace ?? ''}/${gone?.name ?? ''}`],
    });
  });
});
