// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  threeTierCluster,
  THREE_TIER_SCENARIOS,
} from '../../engine/__fixtures__/clusters/threeTier';
import { generateCluster } from '../../engine/__fixtures__/generate';
import { EditorProvider, createEditorStore, selectHighlightedPods } from '../../store';
import { PolicyPanel } from './PolicyPanel';

afterEach(cleanup);

function renderWith(
  doc = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy')!.doc,
) {
  const store = createEditorStore({ doc });
  render(
    <EditorProvider store={store}>
      <PolicyPanel />
    </EditorProvider>,
  );
  return store;
}

describe('when the design has policies', () => {
  it('lists each one, and picking one highlights the workloads it selects', () => {
    const store = renderWith();
    const item = screen.getByRole('button', { name: /db-policy/ });
    expect(item).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(item);
    expect(item).toHaveAttribute('aria-pressed', 'true');
    expect(selectHighlightedPods(store.getState())).toEqual(['prod/db']);
    expect(screen.getByText('Applies to 1 workload in prod: db.')).toBeInTheDocument();
  });

  it('says under each rule which workloads of the design it names', () => {
    renderWith();
    fireEvent.click(screen.getByRole('button', { name: /db-policy/ }));
    const allows = screen.getByRole('list', { name: 'What it allows' });
    // api-pod in prod: dev's api carries the same labels, in another namespace.
    expect(allows).toHaveTextContent(/, on TCP 3306\s*In the design: prod\/api\.$/);
  });

  it('counts its rules in words that agree with the number: one rule, two rules', () => {
    renderWith();
    const item = screen.getByRole('button', { name: /db-policy/ });
    expect(item).toHaveTextContent('1 ingress rule, 0 egress rules');
  });

  it('deletes the picked policy, as one undo step', () => {
    const store = renderWith();
    fireEvent.click(screen.getByRole('button', { name: /db-policy/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(store.getState().doc.policies).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.policies).toHaveLength(1);
  });
});

describe('when the Policies list is filtered', () => {
  it('keeps the policies that match, and says when none does', () => {
    renderWith();
    const search = screen.getByRole('searchbox', { name: 'Filter policies' });
    fireEvent.change(search, { target: { value: 'db' } });
    expect(screen.getByRole('button', { name: /db-policy/ })).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'foo' } });
    expect(screen.queryByRole('list', { name: 'NetworkPolicies' })).toBeNull();
    expect(screen.getByText("No policy matches 'foo'.")).toBeInTheDocument();
    expect(screen.getByText('0 of 1 NetworkPolicy')).toBeInTheDocument();
  });
});

describe('when the design has hundreds of policies (a dump)', () => {
  const many = generateCluster({ pods: 300, policies: 250, namespaces: 5, seed: 2 });
  const entries = () =>
    within(screen.getByRole('list', { name: 'NetworkPolicies' })).getAllByRole('button', {
      pressed: false,
    });

  it('draws the first 100, and the rest at a click', () => {
    renderWith(many);
    expect(entries()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 250 policies' }));
    expect(entries()).toHaveLength(250);
  });

  it('draws them all when the policy picked lies past the first 100', () => {
    const store = renderWith(many);
    const last = many.policies[249]!.metadata;
    act(() => {
      store.getState().select({ kind: 'policy', namespace: last.namespace, name: last.name });
    });
    expect(
      screen.getByRole('button', { name: new RegExp(last.name), pressed: true }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

describe('when the design has no policy', () => {
  it('says that every pod may reach every pod', () => {
    renderWith(threeTierCluster([]));
    expect(screen.getByText(/every pod may reach every pod/)).toBeInTheDocument();
  });
});
