import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { selectFlowGroups } from './selectors';
import { selectTrafficTable } from './lesson/stepSelectors';

describe('the traffic table of a folder of policies without pods', () => {
  // The three tiers' policies alone, as a Git folder holds them: the canvas draws the pods the
  // policies select ("pods with app=api") and the lines the policies allow between them.
  const designed = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc;
  const store = createEditorStore({ doc: { ...designed, workloads: [] } });

  it('lists what the policies allow between the inferred pods, as the canvas draws it', () => {
    const allowed = selectFlowGroups(store.getState()).filter((g) => g.status !== 'blocked');
    expect(allowed.length).toBeGreaterThan(0);
    const table = selectTrafficTable(store.getState());
    expect(table.rows.length).toBeGreaterThan(0);
    expect(table.rows.some((r) => r.direction === 'ingress' && r.port === 3306)).toBe(true);
  });
});
