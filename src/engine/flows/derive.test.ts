import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy, Workload } from '../../model';
import {
  THREE_TIER_SCENARIOS,
  WEB_EGRESS_TO_API_ONLY,
  threeTierCluster,
} from '../__fixtures__/clusters/threeTier';
import { netpol, nsObject } from '../__fixtures__/clusters/objects';
import { compilePolicies } from '../compile/compile';
import { applyEdit } from '../edits/applyEdit';
import { allowFlow } from './allow';
import { FLOW_EXPANSION_LIMIT, endKey } from './ends';
import { deriveFlows } from './derive';

function scenario(name: string): Doc {
  const found = THREE_TIER_SCENARIOS.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no scenario ${name}`);
  return found.doc;
}

/** `from>to status` per flow, the way the canvas shows them. */
function edges(doc: Doc): string[] {
  return deriveFlows(doc, compilePolicies(doc)).map(
    (f) => `${endKey(f.from)}>${endKey(f.to)} ${f.status}`,
  );
}

const WEB_EGRESS_TO_API = netpol('prod', 'web-egress', WEB_EGRESS_TO_API_ONLY);
const DB_FROM_WEB = netpol('prod', 'db-from-web', {
  podSelector: { matchLabels: { role: 'db' } },
  policyTypes: ['Ingress'],
  ingress: [
    {
      from: [{ podSelector: { matchLabels: { role: 'web' } } }],
      ports: [{ protocol: 'TCP', port: 3306 }],
    },
  ],
});

describe('the flows of an imported document', () => {
  it('draws every rule of the locked-down three-tier application as an allowed edge', () => {
    expect(edges(scenario('three-tier/locked-down'))).toEqual([
      '*>prod/web allowed',
      'prod/web>prod/api allowed',
      'prod/web>prod/api allowed',
      'prod/api>prod/db allowed',
      'prod/api>prod/db allowed',
    ]);
  });

  it('names the rule behind each edge', () => {
    const doc = scenario('three-tier/db-policy');
    const [flow] = deriveFlows(doc, compilePolicies(doc));
    expect(flow).toMatchObject({
      id: 'prod/db-policy:ingress[0].0:prod/api>prod/db',
      rule: {
        policy: { namespace: 'prod', name: 'db-policy' },
        direction: 'ingress',
        ruleIndex: 0,
      },
      peerIndex: 0,
      ports: [{ protocol: 'TCP', port: 3306 }],
      status: 'allowed',
      reason: 'allowed by db-policy ingress[0]',
      drawnBy: null,
    });
  });

  it('draws the backup server for ipBlock peers, in and out', () => {
    expect(edges(scenario('three-tier/backup-server'))).toEqual([
      'prod/api>prod/db allowed',
      'external:backup server>prod/db allowed',
      'prod/db>external:backup server allowed',
    ]);
  });

  it('draws an ipBlock no endpoint lies in as one ipBlock node', () => {
    const doc = threeTierCluster([
      netpol('prod', 'out', {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.0.0.0/16'] } }] }],
      }),
    ]);
    expect(edges(doc)).toEqual(['prod/db>10.0.0.0/8 except 10.0.0.0/16 allowed']);
  });

  it('draws an ipBlock wider than the endpoints inside it to them and to its own node', () => {
    const internet = { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] };
    const doc: Doc = {
      ...threeTierCluster([
        netpol('prod', 'out', {
          podSelector: { matchLabels: { role: 'db' } },
          policyTypes: ['Egress'],
          egress: [{ to: [{ ipBlock: internet }] }],
        }),
      ]),
      externals: [{ name: 'partner', cidr: '192.0.2.10/32' }],
    };
    expect(edges(doc)).toEqual([
      'prod/db>external:partner allowed',
      'prod/db>0.0.0.0/0 except 10.0.0.0/8 allowed',
    ]);
  });
});

describe('when the other side blocks what a rule allows', () => {
  it('draws the edge blocked, with the reason on one line', () => {
    const doc = threeTierCluster([WEB_EGRESS_TO_API, DB_FROM_WEB]);
    const flows = deriveFlows(doc, compilePolicies(doc));
    const webToDb = flows.find((f) => f.rule.policy.name === 'db-from-web');
    expect(webToDb?.status).toBe('blocked');
    expect(webToDb?.reason).toBe(
      'blocked: prod/web is egress-isolated by web-egress and no egress rule allows prod/db on TCP 3306',
    );
    expect(webToDb?.sample?.verdict.egress.allowed).toBe(false);
  });

  it('draws a namespace-wide edge partly blocked when only some of its pods are', () => {
    const fromProd = netpol('dev', 'from-prod', {
      podSelector: { matchLabels: { role: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { name: 'prod' } } }] }],
    });
    const doc = threeTierCluster([WEB_EGRESS_TO_API, fromProd]);
    const flow = deriveFlows(doc, compilePolicies(doc)).find(
      (f) => f.rule.policy.name === 'from-prod',
    );
    expect(flow && endKey(flow.from)).toBe('namespace:prod');
    expect(flow?.status).toBe('partial');
    expect(flow?.reason.startsWith('partly blocked: prod/web is egress-isolated')).toBe(true);
  });
});

describe('when a rule is broad', () => {
  it('draws "from anywhere" to a whole namespace as one edge', () => {
    const doc = threeTierCluster([
      netpol('prod', 'open', { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] }),
    ]);
    expect(edges(doc)).toEqual(['*>namespace:prod allowed']);
  });

  it('draws a namespaceSelector alone as one edge per matching namespace', () => {
    const doc = threeTierCluster([
      netpol('prod', 'from-all', {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: {} }] }],
      }),
    ]);
    expect(edges(doc)).toEqual([
      'namespace:prod>prod/db allowed',
      'namespace:dev>prod/db allowed',
      'namespace:test>prod/db allowed',
    ]);
  });

  it(`groups workloads by namespace beyond ${FLOW_EXPANSION_LIMIT} edges per peer`, () => {
    const pods = (ns: string): Workload[] =>
      Array.from({ length: 10 }, (_, i) => ({
        namespace: ns,
        name: `p${i}`,
        kind: 'Pod',
        labels: { app: 'x' },
        ports: [{ containerPort: 80, protocol: 'TCP' }],
        ips: [],
      }));
    const policy: NetworkPolicy = netpol('a', 'mesh', {
      podSelector: { matchLabels: { app: 'x' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'x' } } }] }],
    });
    const doc: Doc = {
      namespaces: [nsObject('a'), nsObject('b')],
      workloads: [...pods('a'), ...pods('b')],
      externals: [],
      policies: [policy],
    };
    const flows = deriveFlows(doc, compilePolicies(doc));
    expect(flows).toHaveLength(20);
    expect(new Set(flows.map((f) => endKey(f.from)))).toEqual(
      new Set(['namespace:a', 'namespace:b']),
    );
  });
});

describe('rules that have no effect', () => {
  it('draw nothing when the policy does not isolate their direction', () => {
    const doc = threeTierCluster([
      netpol('prod', 'ingress-only', {
        podSelector: { matchLabels: { role: 'db' } },
        policyTypes: ['Ingress'],
        ingress: [],
        egress: [{ to: [{ podSelector: { matchLabels: { role: 'web' } } }] }],
      }),
    ]);
    expect(edges(doc)).toEqual([]);
  });
});

describe('drawn flows', () => {
  it('are derived like any rule, and name the flow that wrote them', () => {
    const { doc, record } = allowFlow(threeTierCluster([]), {
      from: { kind: 'workload', namespace: 'prod', name: 'web' },
      to: { kind: 'workload', namespace: 'prod', name: 'api' },
      ports: [{ protocol: 'TCP', port: 5000 }],
    });
    const flows = deriveFlows(doc, compilePolicies(doc));
    expect(flows.map((f) => [endKey(f.from), endKey(f.to), f.status, f.drawnBy])).toEqual([
      ['prod/web', 'prod/api', 'allowed', record?.id],
    ]);
  });

  it('belong to the user once their rule was changed', () => {
    const { doc } = allowFlow(threeTierCluster([]), {
      from: { kind: 'workload', namespace: 'prod', name: 'web' },
      to: { kind: 'workload', namespace: 'prod', name: 'api' },
      ports: [{ protocol: 'TCP', port: 5000 }],
    });
    const policy = doc.policies[0];
    if (policy === undefined) throw new Error('no policy');
    const edited = applyEdit(doc, {
      type: 'replacePolicy',
      ref: { namespace: 'prod', name: 'api-ingress' },
      policy: {
        ...policy,
        spec: {
          ...policy.spec,
          ingress: [{ ...policy.spec.ingress?.[0], ports: [{ protocol: 'TCP', port: 5001 }] }],
        },
      },
    });
    expect(deriveFlows(edited, compilePolicies(edited)).map((f) => f.drawnBy)).toEqual([null]);
  });
});
