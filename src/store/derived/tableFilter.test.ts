import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { NetworkPolicy } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { selectMatrixView, selectReachMatrix } from './matrixSelectors';
import {
  filterAmong,
  filterIsEmpty,
  filterTerms,
  matrixNodesFiltered,
  namespacesOf,
  noMatchText,
  policiesFiltered,
} from './tableFilter';

const doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/backup-server')!.doc;
const ALL = { text: '', namespace: null };

function policy(namespace: string, name: string, app?: string): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { namespace, name },
    spec: { podSelector: app === undefined ? {} : { matchLabels: { app } } },
  };
}

const POLICIES = [
  policy('prod', 'default-deny'),
  policy('prod', 'allow-frontend', 'frontend'),
  policy('shop', 'redis-cart', 'redis-cart'),
  policy('shop', 'allow-checkout', 'checkoutservice'),
];

function names(policies: readonly NetworkPolicy[]): string[] {
  return policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
}

describe('when a filter text is read', () => {
  it('makes lower-case words of it, ignoring spaces around and between', () => {
    expect(filterTerms('  App=Web   ns-1 ')).toEqual(['app=web', 'ns-1']);
    expect(filterTerms('   ')).toEqual([]);
  });

  it('filters nothing without words or a namespace', () => {
    expect(filterIsEmpty({ text: '  ', namespace: null })).toBe(true);
    expect(filterIsEmpty({ text: '', namespace: 'prod' })).toBe(false);
  });
});

describe('when the Policies list is filtered', () => {
  it('keeps every policy without a filter', () => {
    expect(policiesFiltered(POLICIES, ALL)).toEqual(POLICIES);
  });

  it('finds a policy by its name, its namespace, or the labels it selects', () => {
    expect(names(policiesFiltered(POLICIES, { text: 'DENY', namespace: null }))).toEqual([
      'prod/default-deny',
    ]);
    expect(names(policiesFiltered(POLICIES, { text: 'shop', namespace: null }))).toEqual([
      'shop/redis-cart',
      'shop/allow-checkout',
    ]);
    expect(names(policiesFiltered(POLICIES, { text: 'app=checkout', namespace: null }))).toEqual([
      'shop/allow-checkout',
    ]);
  });

  it('keeps only policies where every word occurs', () => {
    expect(names(policiesFiltered(POLICIES, { text: 'allow shop', namespace: null }))).toEqual([
      'shop/allow-checkout',
    ]);
  });

  it('keeps only the policies of the chosen namespace', () => {
    expect(names(policiesFiltered(POLICIES, { text: 'allow', namespace: 'prod' }))).toEqual([
      'prod/allow-frontend',
    ]);
  });

  it('never lets a word span the name and the selector', () => {
    expect(policiesFiltered(POLICIES, { text: 'cartapp', namespace: null })).toEqual([]);
  });
});

describe('when the matrix is filtered', () => {
  const matrix = selectReachMatrix(createEditorStore({ doc }).getState());
  const labels = (kept: readonly number[]) => kept.map((i) => matrix.nodes[i]?.label);

  it('finds workloads by namespace/name and by their labels', () => {
    expect(labels(matrixNodesFiltered(matrix.nodes, { text: 'prod/', namespace: null }))).toEqual([
      'prod/web',
      'prod/api',
      'prod/db',
    ]);
    expect(labels(matrixNodesFiltered(matrix.nodes, { text: 'api', namespace: null }))).toEqual([
      'prod/api',
      'dev/api',
      'test/api',
    ]);
    expect(labels(matrixNodesFiltered(matrix.nodes, { text: 'backup', namespace: null }))).toEqual([
      'backup server',
    ]);
  });

  it('leaves endpoints outside the cluster out of a namespace', () => {
    expect(labels(matrixNodesFiltered(matrix.nodes, { text: '', namespace: 'dev' }))).toEqual([
      'dev/api',
    ]);
  });

  it('narrows rows, columns or both, as asked', () => {
    const store = createEditorStore({ doc });
    const all = selectMatrixView(store.getState());
    expect(all.rows).toHaveLength(6);
    expect(all.namespaces).toEqual(['prod', 'dev', 'test']);
    store.getState().setMatrixFilter({ namespace: 'prod' });
    const both = selectMatrixView(store.getState());
    expect([both.rows.length, both.cols.length]).toEqual([3, 3]);
    expect(selectMatrixView(store.getState())).toBe(both);
    store.getState().setMatrixFilter({ axes: 'columns' });
    const columns = selectMatrixView(store.getState());
    expect([columns.rows.length, columns.cols.length]).toEqual([6, 3]);
  });

  it('ignores a namespace that is no longer in the design', () => {
    const store = createEditorStore({ doc });
    store.getState().setMatrixFilter({ namespace: 'gone' });
    const view = selectMatrixView(store.getState());
    expect(view.filter.namespace).toBeNull();
    expect(view.rows).toHaveLength(6);
  });
});

describe('when the namespaces of a table are listed', () => {
  it('keeps their first order, without repeats or endpoints outside the cluster', () => {
    expect(namespacesOf(['b', 'a', null, 'b'])).toEqual(['b', 'a']);
  });

  it('forgets a namespace the table no longer has', () => {
    expect(filterAmong({ text: 'x', namespace: 'gone' }, ['prod'])).toEqual({
      text: 'x',
      namespace: null,
    });
  });
});

describe('when a filter keeps nothing', () => {
  it('says what was looked for, and where', () => {
    expect(noMatchText('policy', { text: ' foo ', namespace: 'prod' })).toBe(
      "No policy matches 'foo' in prod.",
    );
    expect(noMatchText('workload', { text: 'foo', namespace: null })).toBe(
      "No workload matches 'foo'.",
    );
    expect(noMatchText('policy', { text: '', namespace: 'prod' })).toBe('No policy in prod.');
  });
});
