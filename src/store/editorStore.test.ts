import { describe, expect, it } from 'vitest';
import type { DocEdit, FlowEnd } from '../engine';
import { createEditorStore } from './createEditorStore';
import { pathsBetweenNodes } from './derived/pathSelectors';
import { selectFlowGroups, selectIsolation, selectPoliciesYaml } from './derived/selectors';
import { podKeyOf } from '../model';

const workload = (name: string, port: number): DocEdit => ({
  type: 'addWorkload',
  workload: {
    namespace: 'prod',
    name,
    kind: 'Deployment',
    labels: { app: name },
    ports: [{ containerPort: port, protocol: 'TCP' }],
    ips: [],
  },
});

const end = (name: string): FlowEnd => ({ kind: 'workload', namespace: 'prod', name });

function threeTierDrawn() {
  const store = createEditorStore();
  const { dispatch } = store.getState();
  dispatch({ type: 'addNamespace', name: 'prod' });
  dispatch(workload('web', 80));
  dispatch(workload('api', 5000));
  dispatch(workload('db', 3306));
  dispatch({
    type: 'allowFlow',
    flow: { from: end('web'), to: end('api'), ports: [{ protocol: 'TCP', port: 5000 }] },
  });
  dispatch({
    type: 'allowFlow',
    flow: { from: end('api'), to: end('db'), ports: [{ protocol: 'TCP', port: 3306 }] },
  });
  return store;
}

describe('when web → api and api → db are drawn through the store', () => {
  it('draws both lines allowed', () => {
    const groups = selectFlowGroups(threeTierDrawn().getState());
    expect(groups.map((g) => [g.id, g.status])).toEqual([
      ['workload:prod/web>workload:prod/api', 'allowed'],
      ['workload:prod/api>workload:prod/db', 'allowed'],
    ]);
  });

  it('isolates api and db for ingress, and blocks web → db', () => {
    const state = threeTierDrawn().getState();
    expect(selectIsolation(state).get(podKeyOf('prod', 'db'))).toEqual({
      ingress: true,
      egress: false,
    });
    const [path] = pathsBetweenNodes(state, 'workload:prod/web', 'workload:prod/db');
    expect(path?.allowed).toBe(false);
    expect(path?.reason).toContain('prod/db is ingress-isolated by db-ingress');
  });

  it('writes kubectl-ready policies named after the destinations', () => {
    const yaml = selectPoliciesYaml(threeTierDrawn().getState());
    expect(yaml).toContain('name: api-ingress');
    expect(yaml).toContain('name: db-ingress');
    expect(yaml).toContain('port: 3306');
  });

  it('takes back one flow per undo step', () => {
    const store = threeTierDrawn();
    store.getState().undo();
    expect(selectFlowGroups(store.getState()).map((g) => g.id)).toEqual([
      'workload:prod/web>workload:prod/api',
    ]);
    store.getState().redo();
    expect(selectFlowGroups(store.getState())).toHaveLength(2);
  });
});

describe('when an edit changes nothing', () => {
  it('records no undo step', () => {
    const store = threeTierDrawn();
    const past = store.getState().past.length;
    store.getState().dispatch(workload('web', 80));
    expect(store.getState().past).toHaveLength(past);
  });
});

describe('the notice of an edit', () => {
  it('describes the latest edit, for the design it made', () => {
    const store = threeTierDrawn();
    const drawn = store.getState();
    expect(drawn.notice).toEqual({
      tone: 'info',
      text: 'Allowed prod/api → prod/db.',
      doc: drawn.doc,
      withChanges: true,
    });
    drawn.dispatch({ type: 'removePolicy', ref: { namespace: 'prod', name: 'db-ingress' } });
    const deleted = store.getState();
    expect(deleted.notice?.text).toBe('Deleted policy prod/db-ingress.');
    expect(deleted.notice?.doc).toBe(deleted.doc);
    deleted.undo();
    // Undone: the notice speaks of the undo, for the design shown again.
    expect(store.getState().notice).toEqual({
      tone: 'info',
      text: 'Undone: deleted policy prod/db-ingress.',
      doc: drawn.doc,
      withChanges: true,
    });
  });
});
