// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import type { Doc } from '../../model';
import { EditorProvider, createEditorStore, selectFindings } from '../../store';
import { FindingsBadge } from './FindingsBadge';

afterEach(cleanup);

const WEB = 'workload:prod/web';

/** The db-policy three tiers plus a default deny of egress in prod: a finding about prod/web. */
function denyEgress(): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === 'three-tier/db-policy');
  if (found === undefined) throw new Error('no scenario');
  return {
    ...found.doc,
    policies: [
      ...found.doc.policies,
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'deny-egress', namespace: 'prod' },
        spec: { podSelector: {}, policyTypes: ['Egress'] },
      },
    ],
  };
}

describe('a card’s findings badge', () => {
  it('counts the findings about its node and rings it while one is shown', () => {
    const store = createEditorStore({ doc: denyEgress() });
    const { container } = render(
      <EditorProvider store={store}>
        <FindingsBadge id={WEB} />
      </EditorProvider>,
    );
    expect(screen.getByRole('button', { name: /^\d+ findings?$/ })).toBeVisible();
    expect(container.querySelector('.nc-finding-ring')).toBeNull();
    const dns = selectFindings(store.getState()).find((f) => f.kind === 'egressWithoutDns');
    act(() => {
      store.getState().showFinding(dns?.id ?? null);
    });
    expect(container.querySelector('.nc-finding-ring')).not.toBeNull();
  });

  it('watches the editor store once (every card has one: a watch runs at every change)', () => {
    const store = createEditorStore({ doc: denyEgress() });
    const subscribe = vi.spyOn(store, 'subscribe');
    render(
      <EditorProvider store={store}>
        <FindingsBadge id={WEB} />
      </EditorProvider>,
    );
    expect(subscribe).toHaveBeenCalledTimes(1);
  });
});
