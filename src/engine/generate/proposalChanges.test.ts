import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicy, ObservedConnection, ObservedEnd, Workload } from '../../model';
import { endLabel } from '../flows/ends';
import type { ChangedPair, ProposalChanges } from './proposalChanges';
import { changesFirstPairs, proposalChanges } from './proposalChanges';
import { proposePolicies } from './proposePolicies';
import type { GenerateOptions, Proposal } from './types';

function workload(name: string, port: number, ip: string): Workload {
  return {
    namespace: 'prod',
    name,
    kind: 'Deployment',
    labels: { app: name },
    ports: [{ containerPort: port, protocol: 'TCP' }],
    ips: [ip],
  };
}

/** The three tiers, open (no policy), with a backup server the design knows of. */
const DESIGN: Doc = {
  namespaces: [{ name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod' } }],
  workloads: [
    workload('web', 80, '10.0.0.1'),
    workload('api', 5000, '10.0.0.2'),
    workload('db', 3306, '10.0.0.3'),
  ],
  externals: [{ name: 'backup', cidr: '192.168.5.10', ports: [{ port: 80, protocol: 'TCP' }] }],
  policies: [],
};

const pod = (name: string): ObservedEnd => ({ kind: 'pod', namespace: 'prod', pod: name });
const ip = (address: string): ObservedEnd => ({ kind: 'ip', ip: address });

function seen(from: ObservedEnd, to: ObservedEnd, port: number): ObservedConnection {
  return { from, to, port, protocol: 'TCP', file: 'flows.csv', line: 1 };
}

const OBSERVED = [
  seen(pod('web'), pod('api'), 5000),
  seen(pod('api'), pod('db'), 3306),
  seen(pod('db'), ip('192.168.5.10'), 22),
  seen(ip('203.0.113.9'), pod('web'), 80),
];

function proposed(doc: Doc, observed: ObservedConnection[], options: GenerateOptions = {}) {
  const result = proposePolicies(doc, observed, options);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.proposal;
}

/** `prod/web → prod/db: blocked TCP 3306`, one line per pair. */
function lines(changes: ProposalChanges): string[] {
  const ports = (list: ChangedPair['newlyBlocked']) =>
    list.map((p) => `${p.protocol} ${p.port}`).join(', ');
  return changes.pairs.map((p) =>
    [
      `${endLabel(p.from)} → ${endLabel(p.to)}:`,
      p.newlyBlocked.length > 0 ? ` blocked ${ports(p.newlyBlocked)}` : '',
      p.newlyAllowed.length > 0 ? ` allowed ${ports(p.newlyAllowed)}` : '',
    ].join(''),
  );
}

describe('what a proposal changes', () => {
  const proposal: Proposal = proposed(DESIGN, OBSERVED);
  const changes = proposalChanges(DESIGN, proposal);

  it('blocks the open connections between workloads that were not observed', () => {
    expect(lines(changes)).toContain('prod/web → prod/db: blocked TCP 3306');
    expect(lines(changes)).toContain('prod/db → prod/web: blocked TCP 80');
    expect(lines(changes).some((l) => l.startsWith('prod/web → prod/api'))).toBe(false);
  });

  it('counts connections with addresses outside the cluster too, apart from those between workloads', () => {
    // To the backup server on its declared port 80 (only 22 was observed), from every workload.
    expect(lines(changes)).toContain('prod/db → backup: blocked TCP 80');
    expect(lines(changes)).toContain('prod/web → backup: blocked TCP 22, TCP 80');
    // From the address seen calling web: to the other workloads' ports.
    expect(lines(changes)).toContain('203.0.113.9/32 → prod/api: blocked TCP 5000');
    expect(lines(changes).some((l) => l.startsWith('203.0.113.9/32 → prod/web'))).toBe(false);
    const outside = changes.pairs.filter((p) => p.outside);
    const count = (list: readonly ChangedPair[], key: 'newlyBlocked' | 'newlyAllowed') =>
      list.reduce((n, p) => n + p[key].length, 0);
    expect(changes.outside.newlyBlocked).toBe(count(outside, 'newlyBlocked'));
    expect(changes.between.newlyBlocked).toBe(
      count(
        changes.pairs.filter((p) => !p.outside),
        'newlyBlocked',
      ),
    );
    expect(changes.outside.newlyBlocked).toBeGreaterThan(0);
    expect(changes.between.newlyBlocked).toBeGreaterThan(0);
  });

  it('lists the pairs with something newly blocked first', () => {
    const blockedFirst = changes.pairs.findIndex((p) => p.newlyBlocked.length === 0);
    const later = changes.pairs.slice(blockedFirst < 0 ? changes.pairs.length : blockedFirst);
    expect(later.every((p) => p.newlyBlocked.length === 0)).toBe(true);
  });

  it('checks a workload the flows added on the ports it was seen receiving on', () => {
    const hubble: ObservedEnd = {
      kind: 'pod',
      namespace: 'prod',
      pod: 'cache-0',
      labels: { app: 'cache' },
    };
    const withCache = proposed(DESIGN, [...OBSERVED, seen(pod('api'), hubble, 6379)]);
    const cacheLines = lines(proposalChanges(DESIGN, withCache));
    expect(cacheLines).toContain('prod/web → prod/cache: blocked TCP 6379');
    expect(cacheLines.some((l) => l.startsWith('prod/api → prod/cache'))).toBe(false);
  });

  it('names what the design allowed by an egress rule to an address, never observed', () => {
    const backupRule: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'db-backup', namespace: 'prod' },
      spec: {
        podSelector: { matchLabels: { app: 'db' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '198.51.100.0/24' } }], ports: [{ port: 873 }] }],
      },
    };
    const design: Doc = {
      ...DESIGN,
      externals: [{ name: 'rsync', cidr: '198.51.100.7' }],
      policies: [backupRule],
    };
    const result = lines(proposalChanges(design, proposed(design, OBSERVED)));
    expect(result).toContain('prod/db → rsync: blocked TCP 873');
  });

  it('changes nothing when the design already has the proposal', () => {
    const again = proposalChanges(proposal.doc, proposed(proposal.doc, OBSERVED));
    expect(again.pairs).toEqual([]);
    expect(again.between).toEqual({ newlyBlocked: 0, newlyAllowed: 0 });
    expect(again.outside).toEqual({ newlyBlocked: 0, newlyAllowed: 0 });
  });

  it('counts what a default deny blocks that was open', () => {
    // Nothing of batch was observed: only a default deny isolates it, from the address outside too.
    const design: Doc = {
      ...DESIGN,
      workloads: [...DESIGN.workloads, workload('batch', 9000, '10.0.0.4')],
    };
    const plain = lines(proposalChanges(design, proposed(design, OBSERVED)));
    const denying = lines(
      proposalChanges(design, proposed(design, OBSERVED, { defaultDeny: true })),
    );
    expect(plain.some((l) => l.startsWith('203.0.113.9/32 → prod/batch'))).toBe(false);
    expect(denying).toContain('203.0.113.9/32 → prod/batch: blocked TCP 9000');
  });
});

describe('the first pairs of the changes', () => {
  it('keep the counts whole and say how many pairs there are', () => {
    const changes = proposalChanges(DESIGN, proposed(DESIGN, OBSERVED));
    const first = changesFirstPairs(changes, 2);
    expect(first.pairs).toEqual(changes.pairs.slice(0, 2));
    expect(first.pairCount).toBe(changes.pairs.length);
    expect(first.between).toEqual(changes.between);
    expect(first.outside).toEqual(changes.outside);
    expect(changesFirstPairs(changes, changes.pairs.length)).toBe(changes);
  });
});
