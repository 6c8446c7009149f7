import { describe, expect, it } from 'vitest';
import { THREE_TIER_SCENARIOS } from '../../engine/__fixtures__/clusters/threeTier';
import { createEditorStore } from '../createEditorStore';
import { podKeyOf } from '../../model';
import { selectWalkHood, selectWalkPlan, selectWalkStop, walkRequestOf } from './walkSelectors';
import type { WalkRequest } from '../editorState';
import { REPLY_LABEL, walkStopAnnouncement } from './walkStops';

function scenario(name: string) {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

function walk(from: string, to: string, port: number): WalkRequest {
  return { from: `workload:${from}`, to: `workload:${to}`, port, protocol: 'TCP' };
}

describe('when web walks to db and only db-policy isolates db', () => {
  const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
  store.getState().startWalk(walk('prod/web', 'prod/db', 3306));

  it('passes the egress check at web, not isolated, and is blocked at the ingress check', () => {
    const plan = selectWalkPlan(store.getState());
    expect(plan?.stops.map((s) => [s.kind, s.at, s.outcome])).toEqual([
      ['egress', 'source', 'allowed'],
      ['ingress', 'destination', 'blocked'],
    ]);
    expect(plan?.stops[0]?.sentences.join(' ')).toContain('prod/web is not isolated for egress');
    expect(plan?.stops[1]?.sentences.join(' ')).toContain(
      'isolated for ingress by policy prod/db-policy',
    );
  });

  it('stays at the last stop when asked to go past it', () => {
    store.getState().setWalkStop(5);
    expect(selectWalkStop(store.getState())?.kind).toBe('ingress');
  });
});

describe('when web walks to db on a cluster whose plugin does not enforce policies', () => {
  const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
  store.getState().startWalk(walk('prod/web', 'prod/db', 3306));
  store.getState().setNetworkPlugin('flannel');

  it('passes the check the policies would block at, and gets its reply', () => {
    const plan = selectWalkPlan(store.getState());
    expect(plan?.allowed).toBe(true);
    expect(plan?.verdict.allowed).toBe(false);
    expect(plan?.summary).toContain('ALLOWED: not enforced with Flannel');
    expect(plan?.stops.map((s) => [s.kind, s.outcome])).toEqual([
      ['egress', 'allowed'],
      ['ingress', 'unenforced'],
      ['reply', null],
    ]);
    const ingress = plan?.stops[1];
    expect(ingress?.sentences[0]).toMatch(/^Not enforced with Flannel: the packet passes/);
    expect(ingress === undefined ? '' : walkStopAnnouncement(ingress)).toMatch(
      /^Ingress at the destination prod\/db: PASSES, NOT ENFORCED\. /,
    );
  });

  it('is blocked again once an enforcing plugin is picked', () => {
    store.getState().setNetworkPlugin('calico');
    const plan = selectWalkPlan(store.getState());
    expect(plan?.allowed).toBe(false);
    expect(plan?.stops.map((s) => s.outcome)).toEqual(['allowed', 'blocked']);
  });
});

describe('when api walks to db on the port db-policy allows', () => {
  const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
  store.getState().startWalk(walk('prod/api', 'prod/db', 3306));

  it('ends with the reply, which needs no rule', () => {
    const plan = selectWalkPlan(store.getState());
    expect(plan?.verdict.allowed).toBe(true);
    const reply = plan?.stops[2];
    expect(reply?.title).toBe(REPLY_LABEL);
    expect(reply?.outcome).toBeNull();
    expect(plan?.stops[1]?.sentences.join(' ')).toContain(
      'Allowed by spec.ingress[0] of prod/db-policy',
    );
  });

  it('announces a stop with its outcome and reasons', () => {
    const stop = selectWalkPlan(store.getState())?.stops[1];
    if (stop === undefined) throw new Error('no ingress stop');
    expect(walkStopAnnouncement(stop)).toMatch(/^Ingress at the destination prod\/db: ALLOWED\. /);
  });

  it('walks the other way too: db does not start connections to api', () => {
    store.getState().startWalk(walk('prod/db', 'prod/api', 3306));
    const plan = selectWalkPlan(store.getState());
    expect(plan?.summary).toMatch(/^prod\/db → prod\/api on TCP port 3306/);
    expect(store.getState().walkStop).toBe(0);
  });
});

describe('when a walked workload is deleted', () => {
  it('has no plan', () => {
    const store = createEditorStore({ doc: scenario('three-tier/open') });
    store.getState().startWalk(walk('prod/web', 'prod/gone', 80));
    expect(selectWalkPlan(store.getState())).toBeNull();
  });
});

describe('when a walk ends', () => {
  it('forgets the connection and the stop', () => {
    const store = createEditorStore({ doc: scenario('three-tier/open') });
    store.getState().startWalk(walk('prod/web', 'prod/api', 5000));
    store.getState().setWalkStop(1);
    store.getState().endWalk();
    expect(store.getState().walk).toBeNull();
    expect(selectWalkStop(store.getState())).toBeNull();
  });
});

describe('when a checked connection is walked from its verdict', () => {
  it('walks between the nodes its endpoints are drawn as', () => {
    const doc = scenario('three-tier/open');
    const request = walkRequestOf(doc, {
      from: { kind: 'pod', key: podKeyOf('prod', 'db') },
      to: { kind: 'ip', ip: '192.168.5.10' },
      port: 80,
      protocol: 'TCP',
    });
    expect(request).toEqual({
      from: 'workload:prod/db',
      to: 'external:backup server',
      port: 80,
      protocol: 'TCP',
    });
  });
});

describe('what the canvas lights while a connection is walked', () => {
  it('its two ends and the lines between them or their boxes, until the walk ends', () => {
    const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
    expect(selectWalkHood(store.getState())).toBeNull();
    store.getState().startWalk(walk('prod/web', 'dev/api', 8080));
    const hood = selectWalkHood(store.getState());
    expect([...(hood?.nodes ?? [])]).toEqual(['workload:prod/web', 'workload:dev/api']);
    expect([...(hood?.edges ?? [])].sort()).toEqual(
      [
        'workload:prod/web>workload:dev/api',
        'workload:prod/web>namespace:dev',
        'namespace:prod>workload:dev/api',
        'namespace:prod>namespace:dev',
      ].sort(),
    );
    expect(selectWalkHood(store.getState())).toBe(hood);
    store.getState().endWalk();
    expect(selectWalkHood(store.getState())).toBeNull();
  });

  it('nothing for a walk whose end is gone', () => {
    const store = createEditorStore({ doc: scenario('three-tier/db-policy') });
    store.getState().startWalk(walk('prod/web', 'prod/nowhere', 80));
    expect(selectWalkHood(store.getState())).toBeNull();
  });
});
