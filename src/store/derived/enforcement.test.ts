import { describe, expect, it } from 'vitest';
import { builtInLesson } from '../../workshop';
import { createEditorStore } from '../createEditorStore';
import { selectEnforced, selectNetworkBanner } from './enforcement';
import { reachCell } from './reachCell';
import { selectReachMatrix } from './matrixSelectors';
import { selectPathGroups } from './pathSelectors';

/** The three tiers with db-policy: web → db is blocked by the database's ingress. */
function dbPolicyStore() {
  const step = builtInLesson('three-tiers')?.steps[3];
  if (step === undefined) throw new Error('three-tiers has a db-policy step');
  const store = createEditorStore({ doc: step.doc });
  store.getState().select({
    kind: 'flow',
    id: 'workload:prod/web>workload:prod/db',
    focus: 'workload:prod/web',
  });
  return store;
}

const WEB_DB = 'workload:prod/web>workload:prod/db';

function cellOf(store: ReturnType<typeof dbPolicyStore>, from: string, to: string) {
  const matrix = selectReachMatrix(store.getState());
  const row = matrix.nodes.findIndex((n) => n.id === from);
  const column = matrix.nodes.findIndex((n) => n.id === to);
  return reachCell(matrix, row, column, null).state;
}

describe('when the network plugin enforces the policies', () => {
  it('shows web → db blocked, without a banner', () => {
    const store = dbPolicyStore();
    const state = store.getState();
    expect(selectEnforced(state)).toBe(true);
    expect(selectNetworkBanner(state)).toBeNull();
    expect(selectPathGroups(state).find((g) => g.id === WEB_DB)?.status).toBe('blocked');
    expect(selectPathGroups(state).find((g) => g.id === WEB_DB)?.unenforced).toBeUndefined();
    expect(cellOf(store, 'workload:prod/web', 'workload:prod/db')).toBe('none');
  });
});

describe('when the network plugin is Flannel', () => {
  it('shows every path and matrix cell allowed, with a banner', () => {
    const store = dbPolicyStore();
    store.getState().setNetworkPlugin('flannel');
    const state = store.getState();
    expect(selectEnforced(state)).toBe(false);
    expect(selectNetworkBanner(state)).toContain('not enforced');
    const path = selectPathGroups(state).find((g) => g.id === WEB_DB);
    expect(path?.status).toBe('allowed');
    expect(path?.unenforced).toBe('blocked');
    expect(path?.paths[0]?.reason).toMatch(/^allowed: not enforced with Flannel/);
    expect(cellOf(store, 'workload:prod/web', 'workload:prod/db')).toBe('all');
  });

  it('keeps the policy view: the verdict behind each path still says blocked', () => {
    const store = dbPolicyStore();
    store.getState().setNetworkPlugin('none');
    const path = selectPathGroups(store.getState()).find((g) => g.id === WEB_DB);
    expect(path?.paths[0]?.verdict.allowed).toBe(false);
  });

  it('draws lines blocked again when an enforcing plugin is picked', () => {
    const store = dbPolicyStore();
    store.getState().setNetworkPlugin('flannel');
    store.getState().setNetworkPlugin('cilium');
    const path = selectPathGroups(store.getState()).find((g) => g.id === WEB_DB);
    expect(path?.status).toBe('blocked');
  });
});
