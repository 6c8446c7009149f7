import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../io';
import { podKeyOf } from '../../model';
import { createEditorStore } from '../createEditorStore';
import { nodeIdOf } from '../ids';
import { selectionRemoval } from '../selectionRemoval';
import { selectReachMatrix } from './matrixSelectors';
import { matrixNodeName } from './reachMatrix';
import {
  selectDocumentYaml,
  selectFlowGroups,
  selectIsolation,
  selectPoliciesYaml,
} from './selectors';
import { selectViewDoc } from './viewDoc';

/** Two policies of a Git folder: frontend may reach backend on 8080, nothing else reaches backend. */
const POLICIES = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: backend, namespace: shop}
spec:
  podSelector: {matchLabels: {app: backend}}
  policyTypes: [Ingress]
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
    ports: [{port: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: frontend, namespace: shop}
spec:
  podSelector: {matchLabels: {app: frontend}}
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: backend}}}]
`;

function storeOf(text: string) {
  const parsed = parseFiles([{ name: 'policies.yaml', text }]);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return createEditorStore({ doc: parsed.doc });
}

const backendId = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'backend' });
const frontendId = nodeIdOf({ kind: 'workload', namespace: 'shop', name: 'frontend' });

describe('when a design has policies and no pods', () => {
  const store = storeOf(POLICIES);

  it('derives from the design plus the inferred pods', () => {
    const view = selectViewDoc(store.getState());
    expect(view.workloads.map((w) => w.name)).toEqual(['backend', 'frontend']);
    expect(store.getState().doc.workloads).toEqual([]);
  });

  it('draws the line the policies intend between the inferred pods', () => {
    const line = selectFlowGroups(store.getState()).find(
      (g) => g.source === frontendId && g.target === backendId,
    );
    expect(line?.flows.map((f) => f.status)).toContain('allowed');
  });

  it('isolates the inferred pods as the policies say', () => {
    const isolation = selectIsolation(store.getState());
    expect(isolation.get(podKeyOf('shop', 'backend'))).toEqual({
      ingress: true,
      egress: false,
    });
    expect(isolation.get(podKeyOf('shop', 'frontend'))).toEqual({
      ingress: false,
      egress: true,
    });
  });

  it('puts them in the matrix, marked', () => {
    const matrix = selectReachMatrix(store.getState());
    expect(matrix.nodes.map(matrixNodeName)).toEqual(['backend (inferred)', 'frontend (inferred)']);
  });

  it('never exports or saves them', () => {
    const state = store.getState();
    // The policies are named as their inferred pods are: only the policies are written.
    expect(selectDocumentYaml(state)).not.toContain('kind: Pod');
    expect(selectDocumentYaml(state)).not.toContain('inferred');
    expect(selectPoliciesYaml(state).match(/^kind: /gm)).toEqual(['kind: ', 'kind: ']);
  });

  it('has nothing to delete for an inferred pod', () => {
    store.getState().select({ kind: 'node', id: backendId });
    expect(selectionRemoval(store.getState())).toBeNull();
  });
});

describe('when the pods are imported', () => {
  it('gives way to the real workloads', () => {
    const pod = `---
apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: shop, labels: {app: frontend}}
spec: {containers: [{name: web, image: web}]}
`;
    const store = storeOf(POLICIES + pod);
    const view = selectViewDoc(store.getState());
    expect(view).toBe(store.getState().doc);
    expect(view.workloads.map((w) => w.name)).toEqual(['web-1']);
  });
});
