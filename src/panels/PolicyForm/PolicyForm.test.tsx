// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { EditorProvider, createEditorStore, selectPolicyPeers } from '../../store';
import type { EditorStore } from '../../store';
import { PolicyPanel } from '../PolicyPanel/PolicyPanel';

afterEach(cleanup);

function renderPicked(name = 'three-tier/backup-server'): EditorStore {
  const store = createEditorStore({ doc: THREE_TIER_SCENARIOS.find((s) => s.name === name)!.doc });
  store.getState().select({ kind: 'policy', namespace: 'prod', name: 'db-policy' });
  render(
    <EditorProvider store={store}>
      <PolicyPanel />
    </EditorProvider>,
  );
  return store;
}

function peer(direction: 'Ingress' | 'Egress', rule: number, n: number): HTMLElement {
  const form = screen.getByRole('form', { name: 'Edit db-policy' });
  const group = within(form).getByRole('group', { name: `${direction} rule ${rule}` });
  return within(group).getByRole('group', { name: `Peer ${n}` });
}

function fill(input: HTMLElement, text: string) {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

describe('when a peer of the picked policy is edited', () => {
  it('adds a namespaceSelector to the same element, as one undo step, and the canvas marks follow', () => {
    const store = renderPicked();
    const first = peer('Ingress', 1, 1);
    fireEvent.click(within(first).getByRole('button', { name: '+ namespaceSelector' }));
    expect(store.getState().doc.policies[0]?.spec.ingress?.[0]?.from?.[0]).toEqual({
      podSelector: { matchLabels: { name: 'api-pod' } },
      namespaceSelector: {},
    });
    expect(within(peer('Ingress', 1, 1)).getByText('AND')).toBeInTheDocument();
    expect(selectPolicyPeers(store.getState())).toContain('workload:dev/api');
    store.getState().undo();
    expect(store.getState().doc.policies[0]?.spec.ingress?.[0]?.from?.[0]).toEqual({
      podSelector: { matchLabels: { name: 'api-pod' } },
    });
  });

  it('shows the API server message at a refused CIDR and leaves the document as it was', () => {
    const store = renderPicked();
    const before = store.getState().doc;
    fill(within(peer('Egress', 1, 1)).getByLabelText('cidr'), '192.168.5.10/33');
    expect(store.getState().doc).toBe(before);
    expect(within(peer('Egress', 1, 1)).getByRole('alert')).toHaveTextContent(
      'spec.egress[0].to[0].ipBlock.cidr: Invalid value: "192.168.5.10/33"',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(within(peer('Egress', 1, 1)).getByLabelText('cidr')).toHaveValue('192.168.5.10/32');
  });

  it('writes a port range with endPort', () => {
    const store = renderPicked();
    const form = screen.getByRole('form', { name: 'Edit db-policy' });
    const port = within(within(form).getByRole('group', { name: 'Egress rule 1' })).getByRole(
      'group',
      { name: 'Port 1' },
    );
    fill(within(port).getByLabelText('Port 1 number or name'), '8000');
    fill(within(port).getByLabelText('Port 1 endPort'), '8080');
    expect(store.getState().doc.policies[0]?.spec.egress?.[0]?.ports).toEqual([
      { protocol: 'TCP', port: 8000, endPort: 8080 },
    ]);
  });
});

describe('when the picked policy is renamed', () => {
  it('keeps it picked under its new name', () => {
    const store = renderPicked();
    fill(screen.getByLabelText('Name'), 'database');
    expect(store.getState().doc.policies[0]?.metadata.name).toBe('database');
    expect(store.getState().selection).toEqual({
      kind: 'policy',
      namespace: 'prod',
      name: 'database',
    });
    expect(screen.getByRole('form', { name: 'Edit database' })).toBeInTheDocument();
  });

  it('refuses a name the API server refuses, with its message', () => {
    const store = renderPicked();
    fill(screen.getByLabelText('Name'), 'Database Policy');
    expect(store.getState().doc.policies[0]?.metadata.name).toBe('db-policy');
    expect(screen.getByRole('alert')).toHaveTextContent(/^metadata\.name: Invalid value/);
  });
});

describe('when a new policy is created', () => {
  it('selects the first workload of the namespace and opens in the form', () => {
    const store = renderPicked();
    fireEvent.click(screen.getByRole('button', { name: 'New policy' }));
    const create = screen.getByRole('form', { name: 'New policy' });
    fireEvent.change(within(create).getByLabelText('Namespace'), { target: { value: 'test' } });
    fireEvent.click(within(create).getByRole('button', { name: 'Create' }));
    const added = store.getState().doc.policies.at(-1);
    expect(added?.metadata).toEqual({ name: 'api-policy', namespace: 'test' });
    expect(added?.spec).toEqual({
      podSelector: { matchLabels: { name: 'api-pod', role: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [],
    });
    expect(screen.getByRole('form', { name: 'Edit api-policy' })).toBeInTheDocument();
  });
});
