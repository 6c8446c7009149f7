import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicySpec } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { applyEdit } from '../edits/applyEdit';
import { allowFlow } from '../flows/allow';
import { changePortText, verdictChanges } from './verdictChanges';

const api: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'api' };
const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };

const evaluated = (doc: Doc) => ({ doc, index: compilePolicies(doc) });

function ids(before: Doc, after: Doc, focus?: readonly FlowEnd[]): string[] {
  return verdictChanges(evaluated(before), evaluated(after), focus)
    .map((c) => `${c.id} ${c.before ? 'allowed' : 'blocked'}→${c.after ? 'allowed' : 'blocked'}`)
    .sort();
}

describe('when a new policy isolates the database', () => {
  const before = threeTierCluster([]);
  const after = allowFlow(before, {
    from: api,
    to: db,
    ports: [{ protocol: 'TCP', port: 3306 }],
  }).doc;

  it('lists every connection to it that became blocked, from pods and from outside', () => {
    expect(ids(before, after)).toEqual([
      'dev/api>prod/db TCP/3306 allowed→blocked',
      'external:backup server>prod/db TCP/3306 allowed→blocked',
      'prod/web>prod/db TCP/3306 allowed→blocked',
      'test/api>prod/db TCP/3306 allowed→blocked',
    ]);
  });

  it('finds the same changes when told which nodes the edit touched', () => {
    expect(ids(before, after, [api, db])).toEqual(ids(before, after));
  });
});

describe('when an edit opens connections', () => {
  it('lists them as allowed again', () => {
    const closed = applyEdit(threeTierCluster([]), {
      type: 'applyTemplate',
      template: { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Ingress'] },
    });
    const opened = applyEdit(closed, {
      type: 'applyTemplate',
      template: { kind: 'allowFromNamespace', namespace: 'prod', from: 'dev' },
    });
    expect(ids(closed, opened)).toEqual([
      'dev/api>prod/api TCP/5000 blocked→allowed',
      'dev/api>prod/db TCP/3306 blocked→allowed',
      'dev/api>prod/web TCP/80 blocked→allowed',
    ]);
  });
});

describe('when nothing that decides a verdict changed', () => {
  it('lists nothing for the same document', () => {
    const doc = threeTierCluster([]);
    expect(ids(doc, doc)).toEqual([]);
  });

  it('does not count the paths of a new workload as changes', () => {
    const before = threeTierCluster([]);
    const after = applyEdit(before, {
      type: 'addWorkload',
      workload: {
        namespace: 'prod',
        name: 'cache',
        kind: 'Pod',
        labels: { role: 'cache' },
        ports: [{ containerPort: 6379, protocol: 'TCP' }],
        ips: [],
      },
    });
    expect(ids(before, after)).toEqual([]);
  });
});

describe('when an edit blocks or opens a workload that declares no port', () => {
  // web (TCP 8080) and app (no port) in shop; nothing isolates either at first.
  const open = docOf({
    namespaces: [namespaceOf('shop')],
    workloads: [
      podOf('shop/web', { app: 'web' }, { ports: [{ containerPort: 8080, protocol: 'TCP' }] }),
      podOf('shop/app', { app: 'app' }),
    ],
  });
  const app: FlowEnd = { kind: 'workload', namespace: 'shop', name: 'app' };
  const intoApp = (spec: Partial<NetworkPolicySpec>) => ({
    ...open,
    policies: [
      policyOf('shop/app-in', {
        podSelector: { matchLabels: { app: 'app' } },
        policyTypes: ['Ingress'],
        ...spec,
      }),
    ],
  });
  const said = (before: Doc, after: Doc, focus?: readonly FlowEnd[]) =>
    verdictChanges(evaluated(before), evaluated(after), focus)
      .map((c) => `${c.id} ${c.after ? 'allowed' : 'blocked'} on ${changePortText(c)}`)
      .sort();
  const onlyTcp80 = intoApp({
    ingress: [{ from: [{ podSelector: {} }], ports: [{ protocol: 'TCP', port: 80 }] }],
  });

  it('says it is blocked on all ports when a policy isolates it and allows nothing', () => {
    const denied = intoApp({});
    expect(said(open, denied)).toEqual(['shop/web>shop/app TCP/0 blocked on all ports']);
    expect(said(open, denied, [app])).toEqual(said(open, denied));
    expect(said(denied, open)).toEqual(['shop/web>shop/app TCP/0 allowed on all ports']);
  });

  it('says which ports a policy that lets one port in blocks, and opens after a deny', () => {
    expect(said(open, onlyTcp80)).toEqual([
      'shop/web>shop/app TCP/0 blocked on all ports but TCP 80',
    ]);
    expect(said(intoApp({}), onlyTcp80)).toEqual(['shop/web>shop/app TCP/0 allowed on TCP 80']);
    expect(said(intoApp({}), onlyTcp80, [app])).toEqual(said(intoApp({}), onlyTcp80));
  });

  it('says nothing when the same ports still get through', () => {
    expect(said(onlyTcp80, { ...onlyTcp80, policies: [...onlyTcp80.policies] })).toEqual([]);
  });
});
