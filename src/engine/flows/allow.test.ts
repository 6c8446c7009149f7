import { describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../model';
import { threeTierCluster } from '../__fixtures__/clusters/threeTier';
import type { FlowEnd } from '../edits/types';
import { applyEdit } from '../edits/applyEdit';
import { allowFlow, removeFlow } from './allow';
import { flowMarksOf } from './marks';
import {
  API_TO_DB,
  WEB_TO_API,
  allowed,
  api,
  db,
  drawThreeTier,
  specOf,
} from '../__fixtures__/drawnThreeTier';

const backup: FlowEnd = { kind: 'external', name: 'backup server' };

describe('when web → api 5000 and api → db 3306 are drawn on a document without policies', () => {
  const doc = drawThreeTier();

  it('writes one ingress policy per destination, selecting all its labels', () => {
    expect(doc.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      'prod/api-ingress',
      'prod/db-ingress',
    ]);
    expect(specOf(doc, 'api-ingress')).toEqual({
      podSelector: { matchLabels: { name: 'api-pod', role: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { name: 'web-pod', role: 'web' } } }],
          ports: [{ protocol: 'TCP', port: 5000 }],
        },
      ],
    });
    expect(specOf(doc, 'db-ingress')).toEqual({
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { name: 'api-pod', role: 'api' } } }],
          ports: [{ protocol: 'TCP', port: 3306 }],
        },
      ],
    });
  });

  it('allows the drawn flows', () => {
    expect(allowed(doc, 'prod/web', 'prod/api', 5000)).toBe(true);
    expect(allowed(doc, 'prod/api', 'prod/db', 3306)).toBe(true);
  });

  it('blocks web → db once db is isolated', () => {
    expect(allowed(threeTierCluster([]), 'prod/web', 'prod/db', 3306)).toBe(true);
    expect(allowed(doc, 'prod/web', 'prod/db', 3306)).toBe(false);
  });

  it('does not let the api pods of dev reach prod db (the peer has no namespaceSelector)', () => {
    expect(allowed(doc, 'dev/api', 'prod/db', 3306)).toBe(false);
  });

  it('records each rule on its policy under the flow id', () => {
    const marks = doc.policies.flatMap(flowMarksOf);
    expect(marks.map((m) => [m.flow, m.direction, m.rule, m.created])).toEqual([
      ['prod/web>prod/api TCP/5000', 'ingress', 0, true],
      ['prod/api>prod/db TCP/3306', 'ingress', 0, true],
    ]);
  });
});

describe('when a flow is drawn', () => {
  it('reports the connections whose verdict changed, the side effects included', () => {
    const { changes } = allowFlow(threeTierCluster([]), API_TO_DB);
    const ids = changes.map((c) => c.id);
    expect(ids).toContain('prod/web>prod/db TCP/3306');
    expect(ids).toContain('dev/api>prod/db TCP/3306');
    expect(ids).not.toContain('prod/api>prod/db TCP/3306');
    const web = changes.find((c) => c.id === 'prod/web>prod/db TCP/3306');
    expect(web).toMatchObject({ before: true, after: false });
    expect(web?.reason).toBe(
      'blocked: prod/db is ingress-isolated by db-ingress and no ingress rule allows prod/web on TCP 3306',
    );
  });

  it('returns the same document, and says why, when the flow is already allowed', () => {
    const doc = drawThreeTier();
    const again = allowFlow(doc, WEB_TO_API);
    expect(again.doc).toBe(doc);
    expect(again.record).toBeNull();
    expect(again.reason).toBe('already allowed');
  });

  it('refuses an unknown end and a flow to itself', () => {
    const doc = threeTierCluster([]);
    const ghost: FlowEnd = { kind: 'workload', namespace: 'prod', name: 'ghost' };
    expect(allowFlow(doc, { from: ghost, to: api, ports: [] }).doc).toBe(doc);
    expect(allowFlow(doc, { from: api, to: api, ports: [] }).doc).toBe(doc);
  });

  it('adds the rule to a policy that selects only the destination, such as an imported db-policy', () => {
    const dbPolicy: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'db-policy', namespace: 'prod' },
      spec: { podSelector: { matchLabels: { role: 'db' } }, policyTypes: ['Ingress'] },
    };
    const { doc, record } = allowFlow(threeTierCluster([dbPolicy]), API_TO_DB);
    expect(doc.policies).toHaveLength(1);
    expect(record?.rules).toEqual([
      {
        rule: {
          policy: { namespace: 'prod', name: 'db-policy' },
          direction: 'ingress',
          ruleIndex: 0,
        },
        createdPolicy: false,
      },
    ]);
  });

  it('does not write into a policy that also selects other pods (a namespace-wide default deny)', () => {
    const start = applyEdit(threeTierCluster([]), {
      type: 'applyTemplate',
      template: { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Ingress'] },
    });
    const { doc } = allowFlow(start, API_TO_DB);
    expect(specOf(doc, 'default-deny-ingress')).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
    });
    expect(specOf(doc, 'db-ingress')?.ingress).toHaveLength(1);
  });

  it('writes namespaceSelector and podSelector in ONE peer when the source is in another namespace', () => {
    const devApi: FlowEnd = { kind: 'workload', namespace: 'dev', name: 'api' };
    const { doc } = allowFlow(threeTierCluster([]), { ...API_TO_DB, from: devApi });
    expect(specOf(doc, 'db-ingress')?.ingress?.[0]?.from).toEqual([
      {
        podSelector: { matchLabels: { name: 'api-pod', role: 'api' } },
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'dev' } },
      },
    ]);
    expect(allowed(doc, 'dev/api', 'prod/db', 3306)).toBe(true);
    expect(allowed(doc, 'test/api', 'prod/db', 3306)).toBe(false);
  });
});

describe('when the source is egress-isolated', () => {
  const isolated = applyEdit(threeTierCluster([]), {
    type: 'applyTemplate',
    template: { kind: 'defaultDeny', namespace: 'prod', policyTypes: ['Egress'] },
  });

  it('also writes an egress rule on the source side', () => {
    const { doc, record } = allowFlow(isolated, WEB_TO_API);
    expect(record?.rules.map((r) => `${r.rule.policy.name} ${r.rule.direction}`)).toEqual([
      'api-ingress ingress',
      'web-egress egress',
    ]);
    expect(specOf(doc, 'web-egress')).toEqual({
      podSelector: { matchLabels: { name: 'web-pod', role: 'web' } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ podSelector: { matchLabels: { name: 'api-pod', role: 'api' } } }],
          ports: [{ protocol: 'TCP', port: 5000 }],
        },
      ],
    });
    expect(allowed(isolated, 'prod/web', 'prod/api', 5000)).toBe(false);
    expect(allowed(doc, 'prod/web', 'prod/api', 5000)).toBe(true);
  });

  it('removes both rules with the flow', () => {
    const { doc, record } = allowFlow(isolated, WEB_TO_API);
    expect(removeFlow(doc, record?.id ?? '')).toEqual(isolated);
  });
});

describe('when the destination is an external endpoint', () => {
  it('writes an egress rule with an ipBlock at the source, isolating its egress', () => {
    const start = threeTierCluster([]);
    const { doc, changes } = allowFlow(start, {
      from: db,
      to: backup,
      ports: [{ protocol: 'TCP', port: 80 }],
    });
    expect(specOf(doc, 'db-egress')).toEqual({
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ipBlock: { cidr: '192.168.5.10/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
      ],
    });
    expect(changes.map((c) => c.id)).toContain('prod/db>prod/web TCP/80');
  });

  it('turns an IP alone into a /32 (or /128) block when the source is outside', () => {
    const start = applyEdit(threeTierCluster([]), {
      type: 'addExternal',
      external: { name: 'monitor', cidr: 'fd00::7' },
    });
    const { doc } = allowFlow(start, {
      from: { kind: 'external', name: 'monitor' },
      to: db,
      ports: [{ protocol: 'TCP', port: 3306 }],
    });
    expect(specOf(doc, 'db-ingress')?.ingress?.[0]?.from).toEqual([
      { ipBlock: { cidr: 'fd00::7/128' } },
    ]);
  });
});
