import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { podKeyOf } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import { compilePolicies } from '../compile/compile';
import type { FlowEnd } from '../edits/types';
import { applyEdit } from '../edits/applyEdit';
import { isTrafficAllowed } from '../verdict/evaluate';
import { allowFlow, removeFlow } from './allow';
import { flowMarksOf } from './marks';
import { drawnFlowIds, drawnFlowsTouching } from './remove';

const web: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'web' };
const api: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'api' };
const db: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'db' };
const HTTP = [{ protocol: 'TCP', port: 80 }] as const;

function allowedFrom(doc: Doc, from: string, to: string, port: number): boolean {
  const endpoint = (s: string) => {
    const [ns = '', name = ''] = s.split('/');
    return { kind: 'pod', key: podKeyOf(ns, name) } as const;
  };
  return isTrafficAllowed(compilePolicies(doc), {
    from: from.includes('/') ? endpoint(from) : { kind: 'ip', ip: from },
    to: endpoint(to),
    port,
    protocol: 'TCP',
  }).allowed;
}

describe('when a flow starts anywhere', () => {
  it('writes a rule without from: users reach web on 80, nothing else reaches web', () => {
    const { doc } = allowFlow(threeTierCluster([]), {
      from: { kind: 'any' },
      to: web,
      ports: HTTP,
    });
    expect(doc.policies[0]?.spec.ingress).toEqual([{ ports: [{ protocol: 'TCP', port: 80 }] }]);
    expect(allowedFrom(doc, '198.51.100.7', 'prod/web', 80)).toBe(true);
    expect(allowedFrom(doc, 'prod/api', 'prod/web', 80)).toBe(true);
    expect(allowedFrom(doc, 'prod/api', 'prod/web', 8080)).toBe(false);
  });
});

describe('when a flow starts at a namespace', () => {
  it('writes a namespaceSelector alone: every pod of that namespace', () => {
    const { doc } = allowFlow(threeTierCluster([]), {
      from: { kind: 'namespace', name: 'dev' },
      to: db,
      ports: [{ protocol: 'TCP', port: 3306 }],
    });
    expect(doc.policies[0]?.spec.ingress?.[0]?.from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'dev' } } },
    ]);
    expect(allowedFrom(doc, 'dev/api', 'prod/db', 3306)).toBe(true);
    expect(allowedFrom(doc, 'test/api', 'prod/db', 3306)).toBe(false);
  });
});

describe('when a flow cannot be written', () => {
  it('refuses a workload without labels, which no selector could single out', () => {
    const start = applyEdit(threeTierCluster([]), {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { labels: {} },
    });
    const result = allowFlow(start, { from: web, to: api, ports: [] });
    expect(result.doc).toBe(start);
    expect(result.reason).toBe('a workload needs labels before a policy can select it');
  });

  it('refuses a flow from anywhere to an external endpoint', () => {
    const start = threeTierCluster([]);
    const result = allowFlow(start, {
      from: { kind: 'any' },
      to: { kind: 'external', name: 'backup server' },
      ports: [],
    });
    expect(result.doc).toBe(start);
    expect(result.reason).toMatch(/must start at a workload/);
  });
});

describe('the record of drawn flows', () => {
  const drawn = (() => {
    const one = allowFlow(threeTierCluster([]), { from: web, to: api, ports: [] }).doc;
    const two = allowFlow(one, { from: api, to: db, ports: [] }).doc;
    return allowFlow(two, { from: web, to: db, ports: [{ protocol: 'TCP', port: 3306 }] }).doc;
  })();

  it('lists every drawn flow, and those touching a node', () => {
    expect(drawnFlowIds(drawn)).toEqual([
      'prod/web>prod/api all',
      'prod/api>prod/db all',
      'prod/web>prod/db TCP/3306',
    ]);
    expect(drawnFlowsTouching(drawn, api)).toEqual([
      'prod/web>prod/api all',
      'prod/api>prod/db all',
    ]);
  });

  it('is not copied by a duplicate: removing the flow leaves the copy alone', () => {
    const copied = applyEdit(drawn, {
      type: 'duplicatePolicy',
      ref: { namespace: 'prod', name: 'db-ingress' },
    });
    const copy = copied.policies.find((p) => p.metadata.name === 'db-ingress-copy');
    expect(copy && flowMarksOf(copy)).toEqual([]);
    expect(copy?.metadata.annotations).toBeUndefined();
    const removed = removeFlow(
      removeFlow(copied, 'prod/api>prod/db all'),
      'prod/web>prod/db TCP/3306',
    );
    expect(removed.policies.find((p) => p.metadata.name === 'db-ingress-copy')).toEqual(copy);
    expect(removed.policies.some((p) => p.metadata.name === 'db-ingress')).toBe(false);
  });

  it('follows the rules when one is deleted as an edge, and the last flow still removes the policy', () => {
    const edited = applyEdit(drawn, {
      type: 'removeRulePeer',
      rule: {
        policy: { namespace: 'prod', name: 'db-ingress' },
        direction: 'ingress',
        ruleIndex: 0,
      },
      peerIndex: 0,
    });
    const policy = edited.policies.find((p) => p.metadata.name === 'db-ingress');
    expect(policy && flowMarksOf(policy).map((m) => [m.flow, m.rule])).toEqual([
      ['prod/web>prod/db TCP/3306', 0],
    ]);
    const removed = removeFlow(edited, 'prod/web>prod/db TCP/3306');
    expect(removed.policies.some((p) => p.metadata.name === 'db-ingress')).toBe(false);
  });

  it('tells flows drawn twice apart', () => {
    const once = allowFlow(threeTierCluster([]), { from: web, to: api, ports: [] });
    const relabelled = applyEdit(once.doc, {
      type: 'updateWorkload',
      namespace: 'prod',
      name: 'web',
      changes: { labels: { role: 'frontend' } },
    });
    const twice = allowFlow(relabelled, { from: web, to: api, ports: [] });
    expect(twice.record?.id).toBe('prod/web>prod/api all#2');
    expect(removeFlow(twice.doc, 'prod/web>prod/api all#2')).toEqual(relabelled);
  });
});
