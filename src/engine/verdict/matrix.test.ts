import { describe, expect, it } from 'vitest';
import type {
  Doc,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Protocol,
  Workload,
} from '../../model';
import { PROTOCOLS } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, namespaceOf, podOf, policyOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from './evaluate';
import { buildMatrix, matrixAllows } from './matrix';

/** Every pair, both ways: the matrix cell equals the verdict of `isTrafficAllowed`. */
function disagreements(doc: Doc, port: number, protocol: Protocol): string[] {
  const index = compilePolicies(doc);
  const m = buildMatrix(index, port, protocol);
  const out: string[] = [];
  index.pods.forEach((from, i) => {
    index.pods.forEach((to, j) => {
      const traffic = {
        from: { kind: 'pod' as const, key: from },
        to: { kind: 'pod' as const, key: to },
        port,
        protocol,
      };
      const expected = isTrafficAllowed(index, traffic).allowed;
      if (matrixAllows(m, i, j) !== expected)
        out.push(`${from} -> ${to} ${port}/${protocol}: ${expected}`);
    });
  });
  return out;
}

/** A small deterministic generator (linear congruential), so the scenarios are reviewable and stable. */
function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, pick };
}

const NAMESPACES = ['x', 'y', 'z'];
const VALUES = ['a', 'b', 'c'];

function generatedDoc(seed: number, podCount: number, policyCount: number): Doc {
  const r = randomOf(seed);
  const selector = (): LabelSelector => {
    const roll = r.next();
    if (roll < 0.2) return {};
    if (roll < 0.6) return { matchLabels: { pod: r.pick(VALUES) } };
    if (roll < 0.8)
      return {
        matchExpressions: [
          { key: 'tier', operator: r.pick(['In', 'NotIn'] as const), values: [r.pick(VALUES)] },
        ],
      };
    return {
      matchExpressions: [{ key: 'tier', operator: r.pick(['Exists', 'DoesNotExist'] as const) }],
    };
  };
  const workloads: Workload[] = Array.from({ length: podCount }, (_, i) => {
    const labels: Record<string, string> = { pod: r.pick(VALUES) };
    if (r.next() < 0.5) labels.tier = r.pick(VALUES);
    const ports = [
      {
        name: r.pick(['http', 'web']),
        containerPort: r.pick([80, 81]),
        protocol: r.pick(PROTOCOLS),
      },
    ];
    const ips = r.next() < 0.7 ? [`10.${i % 3}.${Math.floor(i / 3)}.${i % 7}`] : [];
    return podOf(`${r.pick(NAMESPACES)}/p${i}`, labels, { ports, ips });
  });
  const peer = (): NetworkPolicyPeer => {
    const roll = r.next();
    if (roll < 0.3) return { podSelector: selector() };
    if (roll < 0.5) return { namespaceSelector: { matchLabels: { ns: r.pick(NAMESPACES) } } };
    if (roll < 0.7) return { namespaceSelector: selector(), podSelector: selector() };
    return {
      ipBlock: {
        cidr: r.pick(['10.0.0.0/8', '10.1.0.0/16', '10.2.0.0/15']),
        except: r.next() < 0.5 ? ['10.1.2.0/24'] : [],
      },
    };
  };
  const port = (): NetworkPolicyPort => {
    const roll = r.next();
    const protocol = r.pick(PROTOCOLS);
    if (roll < 0.3) return { protocol, port: r.pick([80, 81]) };
    if (roll < 0.5) return { protocol, port: 80, endPort: 81 };
    if (roll < 0.8) return { protocol, port: r.pick(['http', 'web']) };
    return { protocol };
  };
  const rule = () => ({
    ...(r.next() < 0.8
      ? { peers: Array.from({ length: 1 + Math.floor(r.next() * 2) }, peer) }
      : {}),
    ...(r.next() < 0.7
      ? { ports: Array.from({ length: 1 + Math.floor(r.next() * 2) }, port) }
      : {}),
  });
  const rules = () => Array.from({ length: Math.floor(r.next() * 3) }, rule);
  const policies: NetworkPolicy[] = Array.from({ length: policyCount }, (_, i) =>
    policyOf(`${r.pick(NAMESPACES)}/np${i}`, {
      podSelector: selector(),
      policyTypes: r.pick([['Ingress'], ['Egress'], ['Ingress', 'Egress']] as const),
      ingress: rules().map(({ peers, ports }) => ({
        ...(peers && { from: peers }),
        ...(ports && { ports }),
      })),
      egress: rules().map(({ peers, ports }) => ({
        ...(peers && { to: peers }),
        ...(ports && { ports }),
      })),
    }),
  );
  const namespaces = NAMESPACES.slice(0, 2).map((ns) => namespaceOf(ns, { ns }));
  return docOf({ namespaces, workloads, policies });
}

describe('when building a matrix', () => {
  it('lists the index pods in document order and answers per ordered pair', () => {
    const doc = docOf({
      workloads: [podOf('x/a', { pod: 'a' }), podOf('x/b', { pod: 'b' })],
      policies: [policyOf('x/p', { podSelector: { matchLabels: { pod: 'b' } }, ingress: [] })],
    });
    const m = buildMatrix(compilePolicies(doc), 80, 'TCP');
    expect(m.pods).toEqual(['x/a', 'x/b']);
    expect([
      matrixAllows(m, 0, 0),
      matrixAllows(m, 0, 1),
      matrixAllows(m, 1, 0),
      matrixAllows(m, 1, 1),
    ]).toEqual([true, false, true, false]);
  });

  it('is empty for a document without pods', () => {
    const m = buildMatrix(compilePolicies(docOf({})), 80, 'TCP');
    expect(m.pods).toEqual([]);
    expect(m.allowed).toHaveLength(0);
  });

  it('resolves named ports per destination, for ingress and egress rules', () => {
    const workloads = [
      podOf('x/client', {}, { ports: [{ name: 'http', containerPort: 81, protocol: 'TCP' }] }),
      podOf(
        'x/web',
        { app: 'web' },
        { ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }] },
      ),
      podOf(
        'x/alt',
        { app: 'web' },
        { ports: [{ name: 'http', containerPort: 81, protocol: 'TCP' }] },
      ),
    ];
    const ingress = policyOf('x/in', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ ports: [{ port: 'http' }] }],
    });
    const egress = policyOf('x/out', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ ports: [{ port: 'http' }] }],
    });
    for (const policies of [[ingress], [egress], [ingress, egress]]) {
      const doc = docOf({ workloads, policies });
      for (const port of [80, 81]) expect(disagreements(doc, port, 'TCP')).toEqual([]);
    }
    const m = buildMatrix(compilePolicies(docOf({ workloads, policies: [ingress] })), 80, 'TCP');
    expect(matrixAllows(m, 0, 1)).toBe(true);
    expect(matrixAllows(m, 0, 2)).toBe(false);
  });

  it('agrees with isTrafficAllowed on generated documents of many sizes', () => {
    const sizes: [number, number][] = [
      [1, 1],
      [5, 3],
      [31, 6],
      [32, 8],
      [33, 8],
      [64, 12],
      [97, 20],
      [100, 0],
      [100, 1],
      [100, 2],
    ];
    sizes.forEach(([pods, policies], i) => {
      const doc = generatedDoc(1000 + i, pods, policies);
      for (const port of [80, 81]) {
        for (const protocol of PROTOCOLS) expect(disagreements(doc, port, protocol)).toEqual([]);
      }
    });
  });

  it('agrees with isTrafficAllowed when pods share IPs, labels and isolating policies', () => {
    const cells = { allowed: 0, denied: 0 };
    for (let seed = 1; seed <= 25; seed++) {
      const doc = generatedDoc(seed, 40, 10);
      expect(disagreements(doc, 80, 'TCP')).toEqual([]);
      const m = buildMatrix(compilePolicies(doc), 80, 'TCP');
      for (let i = 0; i < 40; i++) {
        for (let j = 0; j < 40; j++) cells[matrixAllows(m, i, j) ? 'allowed' : 'denied']++;
      }
    }
    // The generated documents are not trivial: both answers occur often.
    expect(cells.allowed).toBeGreaterThan(4000);
    expect(cells.denied).toBeGreaterThan(4000);
  });
});
