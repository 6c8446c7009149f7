import { describe, expect, it } from 'vitest';
import { parseFiles } from '../io';
import { createEditorStore } from './createEditorStore';
import { selectFlowGroups, selectFlows } from './derived/selectors';
import { selectionRemoval } from './selectionRemoval';

const YAML = `
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: prod, labels: {role: api}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 5000}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: prod, labels: {role: db}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 3306}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: prod, labels: {role: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-policy, namespace: prod}
spec:
  podSelector: {matchLabels: {role: db}}
  ingress:
    - from: [{podSelector: {matchLabels: {role: web}}}, {podSelector: {matchLabels: {role: api}}}]
      ports: [{port: 3306}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-policy, namespace: prod}
spec:
  podSelector: {matchLabels: {role: api}}
  policyTypes: [Egress]
  egress:
    - to: [{podSelector: {matchLabels: {role: db}}}]
      ports: [{port: 3306}]
`;

function store() {
  const parsed = parseFiles([{ name: 'x.yaml', text: YAML }]);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return createEditorStore({ doc: parsed.doc });
}

describe('when a line joined by two rules is deleted', () => {
  it('removes both peers and keeps the other peers of the rules', () => {
    const s = store();
    s.getState().select({ kind: 'flow', id: 'workload:prod/api>workload:prod/db', focus: null });
    const edit = selectionRemoval(s.getState());
    expect(edit).not.toBeNull();
    s.getState().dispatch(edit!);
    const ids = selectFlowGroups(s.getState()).map((g) => g.id);
    expect(ids).toEqual(['workload:prod/web>workload:prod/db']);
    const [db, api] = s.getState().doc.policies;
    expect(db?.spec.ingress?.[0]?.from).toEqual([
      { podSelector: { matchLabels: { role: 'web' } } },
    ]);
    expect(api?.spec.egress).toEqual([]);
  });

  it('is one undo step', () => {
    const s = store();
    const before = selectFlows(s.getState()).length;
    s.getState().select({ kind: 'flow', id: 'workload:prod/api>workload:prod/db', focus: null });
    s.getState().dispatch(selectionRemoval(s.getState())!);
    s.getState().undo();
    expect(selectFlows(s.getState())).toHaveLength(before);
  });
});

describe('when a node is deleted', () => {
  it('removes the workload', () => {
    const s = store();
    s.getState().select({ kind: 'node', id: 'workload:prod/web' });
    s.getState().dispatch(selectionRemoval(s.getState())!);
    expect(s.getState().doc.workloads.map((w) => w.name)).toEqual(['api', 'db']);
  });

  it('removes a namespace with its workloads and policies', () => {
    const s = store();
    s.getState().select({ kind: 'node', id: 'namespace:prod' });
    s.getState().dispatch(selectionRemoval(s.getState())!);
    expect(s.getState().doc.workloads).toEqual([]);
    expect(s.getState().doc.policies).toEqual([]);
  });
});

describe('when nothing deletable is selected', () => {
  it('has no edit', () => {
    const s = store();
    expect(selectionRemoval(s.getState())).toBeNull();
    s.getState().select({ kind: 'node', id: 'any:*' });
    expect(selectionRemoval(s.getState())).toBeNull();
  });
});
