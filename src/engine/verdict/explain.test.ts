import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy, PodKey } from '../../model';
import {
  describeEndpoint,
  describePeer,
  describePeersOr,
  describePort,
  describeSelector,
  explainVerdict,
  explanationLines,
} from './explain';
import type { DirectionVerdict, Traffic, Verdict } from './verdict';

const dbPolicy: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'db-policy', namespace: 'prod' },
  spec: {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { ipBlock: { cidr: '192.168.5.10/32' } },
          {
            namespaceSelector: { matchLabels: { name: 'prod' } },
            podSelector: { matchLabels: { name: 'api-pod' } },
          },
        ],
        ports: [{ protocol: 'TCP', port: 3306 }],
      },
    ],
    egress: [
      { to: [{ ipBlock: { cidr: '192.168.5.10/32' } }], ports: [{ protocol: 'TCP', port: 80 }] },
    ],
  },
};

const denyAll: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'deny-all', namespace: 'prod' },
  spec: { podSelector: {}, policyTypes: ['Ingress'] },
};

const doc: Doc = {
  namespaces: [],
  workloads: [],
  externals: [{ name: 'backup-server', cidr: '192.168.5.10/32' }],
  policies: [dbPolicy, denyAll],
};

const pod = (key: string) => ({ kind: 'pod', key: key as PodKey }) as const;
const open: DirectionVerdict = {
  applies: true,
  isolated: false,
  isolatingPolicies: [],
  allowed: true,
  hits: [],
};
const outside: DirectionVerdict = {
  applies: false,
  isolated: false,
  isolatingPolicies: [],
  allowed: true,
  hits: [],
};
const dbRef = { namespace: 'prod', name: 'db-policy' };
const denyRef = { namespace: 'prod', name: 'deny-all' };

function verdictOf(traffic: Traffic, egress: DirectionVerdict, ingress: DirectionVerdict): Verdict {
  return { traffic, egress, ingress, allowed: egress.allowed && ingress.allowed };
}

describe('when the API pod of prod queries the database', () => {
  const traffic: Traffic = {
    from: pod('prod/api'),
    to: pod('prod/db'),
    port: 3306,
    protocol: 'TCP',
  };
  const ingress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [dbRef, denyRef],
    allowed: true,
    hits: [{ policy: dbRef, direction: 'ingress', ruleIndex: 0, peerIndex: 1, portIndex: 0 }],
  };
  const explanation = explainVerdict(verdictOf(traffic, open, ingress), doc);

  it('says the connection is allowed, naming both ends and the port', () => {
    expect(explanation.summary).toBe('prod/api → prod/db on TCP port 3306: ALLOWED');
  });

  it('says the source is not isolated for egress', () => {
    expect(explanation.egress.title).toBe('Egress at the source prod/api');
    expect(explanation.egress.sentences).toEqual([
      'prod/api is not isolated for egress: no NetworkPolicy in namespace prod selects it with Egress in its policyTypes, so it may open any connection.',
    ]);
  });

  it('names the isolating policies and describes the rule and the peer that matched', () => {
    expect(explanation.ingress.sentences).toEqual([
      'prod/db is isolated for ingress by policies prod/db-policy and prod/deny-all.',
      'Allowed by spec.ingress[0] of prod/db-policy: from pods with name=api-pod in namespaces with name=prod (from[1]), on TCP 3306.',
    ]);
  });

  it('says replies need no rule', () => {
    expect(explanation.reply).toBe(
      'Replies from prod/db back to prod/api on this connection are allowed automatically; no rule is written for them.',
    );
  });
});

describe('when the web server tries the database directly', () => {
  const traffic: Traffic = {
    from: pod('prod/web'),
    to: pod('prod/db'),
    port: 3306,
    protocol: 'TCP',
  };
  const ingress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [dbRef, denyRef],
    allowed: false,
    hits: [],
  };
  const explanation = explainVerdict(verdictOf(traffic, open, ingress), doc);

  it('says which check blocks it', () => {
    expect(explanation.summary).toBe(
      'prod/web → prod/db on TCP port 3306: BLOCKED by the ingress check at prod/db',
    );
  });

  it('says no isolating policy has a matching rule and points out rule-less policies', () => {
    expect(explanation.ingress.sentences).toEqual([
      'prod/db is isolated for ingress by policies prod/db-policy and prod/deny-all.',
      'None of them has an ingress rule that allows traffic from prod/web on TCP port 3306, so the connection is blocked here.',
      '(prod/deny-all has no ingress rules: it only isolates.)',
    ]);
  });

  it('says there are no replies to allow', () => {
    expect(explanation.reply).toBe(
      'The connection is never set up, so there are no replies to allow.',
    );
  });
});

describe('when the web server tries the database on a cluster with Flannel', () => {
  const traffic: Traffic = {
    from: pod('prod/web'),
    to: pod('prod/db'),
    port: 3306,
    protocol: 'TCP',
  };
  const ingress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [dbRef],
    allowed: false,
    hits: [],
  };
  const explanation = explainVerdict(verdictOf(traffic, open, ingress), doc, 'flannel');

  it('says the connection gets through, and where the policies would block it', () => {
    expect(explanation.summary).toBe(
      'prod/web → prod/db on TCP port 3306: ALLOWED: not enforced with Flannel (the policies would block it at the ingress check at prod/db)',
    );
  });

  it('says at the check that it is not enforced, then what the policy would do', () => {
    expect(explanation.ingress.sentences).toEqual([
      'Not enforced with Flannel: the packet passes. On a cluster whose network plugin enforces NetworkPolicies, this check would block it.',
      'prod/db is isolated for ingress by policy prod/db-policy.',
      'It has no ingress rule that allows traffic from prod/web on TCP port 3306, so the connection would be blocked here.',
    ]);
    expect(explanation.egress.sentences[0]).toMatch(/^prod\/web is not isolated for egress/);
  });

  it('says the replies are allowed, since the connection is set up', () => {
    expect(explanation.reply).toMatch(/^Replies from prod\/db back to prod\/web/);
  });

  it('says the same with no network plugin', () => {
    const none = explainVerdict(verdictOf(traffic, open, ingress), doc, 'none');
    expect(none.summary).toContain('ALLOWED: not enforced with no network plugin');
  });
});

describe('when the database pushes a backup to the external server', () => {
  const traffic: Traffic = {
    from: pod('prod/db'),
    to: { kind: 'ip', ip: '192.168.5.10' },
    port: 80,
    protocol: 'TCP',
  };
  const egress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [dbRef],
    allowed: true,
    hits: [{ policy: dbRef, direction: 'egress', ruleIndex: 0, peerIndex: 0, portIndex: 0 }],
  };
  const explanation = explainVerdict(verdictOf(traffic, egress, outside), doc);

  it('names the external endpoint by its name in the document', () => {
    expect(explanation.summary).toBe(
      'prod/db → backup-server (192.168.5.10/32) on TCP port 80: ALLOWED',
    );
  });

  it('describes the egress ipBlock rule', () => {
    expect(explanation.egress.sentences).toEqual([
      'prod/db is isolated for egress by policy prod/db-policy.',
      'Allowed by spec.egress[0] of prod/db-policy: to IP block 192.168.5.10/32, on TCP 80.',
    ]);
  });

  it('says nothing is checked at an address outside the cluster', () => {
    expect(explanation.ingress.sentences).toEqual([
      'backup-server (192.168.5.10/32) is outside the cluster: no NetworkPolicy governs the traffic it receives.',
    ]);
  });
});

describe('when both checks block the connection', () => {
  const traffic: Traffic = {
    from: pod('prod/db'),
    to: pod('prod/db'),
    port: 5000,
    protocol: 'UDP',
  };
  const egress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [dbRef],
    allowed: false,
    hits: [],
  };
  const ingress: DirectionVerdict = { ...egress, isolatingPolicies: [dbRef, denyRef] };

  it('names both checks in the summary', () => {
    expect(explainVerdict(verdictOf(traffic, egress, ingress), doc).summary).toBe(
      'prod/db → prod/db on UDP port 5000: BLOCKED by the egress check at prod/db and the ingress check at prod/db',
    );
  });

  it('speaks of one isolating policy in the singular', () => {
    expect(explainVerdict(verdictOf(traffic, egress, ingress), doc).egress.sentences).toEqual([
      'prod/db is isolated for egress by policy prod/db-policy.',
      'It has no egress rule that allows traffic to prod/db on UDP port 5000, so the connection is blocked here.',
    ]);
  });
});

describe('when a rule has no peers and no ports', () => {
  const allowAll: NetworkPolicy = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'allow-all', namespace: 'x' },
    spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] },
  };
  const ref = { namespace: 'x', name: 'allow-all' };
  const traffic: Traffic = {
    from: { kind: 'ip', ip: '8.8.8.8' },
    to: pod('x/a'),
    port: 81,
    protocol: 'SCTP',
  };
  const ingress: DirectionVerdict = {
    applies: true,
    isolated: true,
    isolatingPolicies: [ref],
    allowed: true,
    hits: [{ policy: ref, direction: 'ingress', ruleIndex: 0, peerIndex: null, portIndex: null }],
  };
  const lines = explanationLines(
    explainVerdict(verdictOf(traffic, outside, ingress), { ...doc, policies: [allowAll] }),
  );

  it('says the rule allows every peer on every port', () => {
    expect(lines).toContain(
      '    Allowed by spec.ingress[0] of x/allow-all: from anywhere (no from peers: every pod and every IP), on any port and protocol.',
    );
  });

  it('lays the explanation out as summary, two indented checks and the replies', () => {
    expect(lines[0]).toBe('8.8.8.8 → x/a on SCTP port 81: ALLOWED');
    expect(lines[1]).toBe('  Egress at the source 8.8.8.8:');
    expect(lines[3]).toBe('  Ingress at the destination x/a:');
    expect(lines.at(-1)).toMatch(/^ {2}Replies from x\/a back to 8\.8\.8\.8/);
  });
});

describe('describing selectors, peers and ports', () => {
  it('writes selectors in kubectl -l syntax', () => {
    expect(
      describeSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'team', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web, tier in (a, b), env notin (dev), team, !legacy');
  });

  it('reads a podSelector alone as pods of the policy namespace', () => {
    expect(describePeer({ podSelector: { matchLabels: { pod: 'b' } } }, 'x')).toBe(
      "pods with pod=b in namespace x (the policy's own)",
    );
  });

  it("says the policy's own namespace once for several podSelectors alone", () => {
    const pod = (app: string) => ({ podSelector: { matchLabels: { app } } });
    expect(describePeersOr([pod('web'), pod('api')], 'x')).toBe(
      "pods in namespace x (the policy's own) with app=web or with app=api",
    );
    // Any other peer among them: each says where it is.
    expect(describePeersOr([pod('web'), { namespaceSelector: {} }], 'x')).toBe(
      "pods with app=web in namespace x (the policy's own) or every pod in every namespace",
    );
    expect(describePeersOr([pod('web'), { podSelector: {} }], 'x')).toBe(
      "pods with app=web in namespace x (the policy's own) or every pod in namespace x (the policy's own)",
    );
  });

  it('reads an empty namespaceSelector as every namespace', () => {
    expect(describePeer({ namespaceSelector: {} }, 'x')).toBe('every pod in every namespace');
  });

  it('lists ipBlock exceptions', () => {
    expect(describePeer({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.3.2/32'] } }, 'y')).toBe(
      'IP block 10.0.0.0/16 except 10.0.3.2/32',
    );
  });

  it('writes port ranges, any-port entries and named ports resolved on the destination', () => {
    expect(describePort({ protocol: 'TCP', port: 32000, endPort: 32768 }, 'x/a', 32001)).toBe(
      'TCP 32000-32768',
    );
    expect(describePort({ protocol: 'UDP' }, 'x/a', 53)).toBe('any UDP port');
    expect(describePort({ protocol: 'TCP', port: 'serve-80-tcp' }, 'z/c', 80)).toBe(
      'TCP port named serve-80-tcp, which is 80 on z/c',
    );
  });

  it('shows an IP that is no external endpoint as it is', () => {
    expect(describeEndpoint({ kind: 'ip', ip: '10.1.2.3' }, doc)).toBe('10.1.2.3');
    expect(describeEndpoint({ kind: 'ip', ip: '192.168.5.10/32' }, doc)).toBe(
      'backup-server (192.168.5.10/32)',
    );
  });
});
