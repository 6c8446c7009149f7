/**
 * A deterministic generator of large, realistic clusters for the benchmark
 * (and any test that needs size): `pods` workloads spread over `namespaces`
 * namespaces, each running a few apps of tiers web/api/db/cache/worker with
 * app/tier/team/env labels, named container ports and a distinct IP (every
 * tenth pod dual stack); plus `policies` NetworkPolicies mixing what real
 * clusters hold: default-deny, tier-to-tier allows, namespace+pod ANDs,
 * matchExpressions, ipBlocks with except, port ranges, named ports and DNS
 * egress. The same spec and seed always give the same document.
 */
import { DEFAULT_NAMESPACE } from '../../model';
import type {
  ContainerPort,
  Doc,
  Namespace,
  NetworkPolicy,
  NetworkPolicySpec,
  Workload,
} from '../../model';

export interface ClusterSpec {
  readonly pods: number;
  readonly namespaces: number;
  readonly policies: number;
  /** Default 1. */
  readonly seed?: number;
}

/** A small seeded PRNG (mulberry32): a function returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['web', 'api', 'db', 'cache', 'worker'] as const;
type Tier = (typeof TIERS)[number];
const TEAMS = ['payments', 'search', 'identity', 'growth', 'platform', 'data'] as const;
const ENVS = ['prod', 'staging', 'dev'] as const;

const TIER_PORTS: Readonly<Record<Tier, readonly ContainerPort[]>> = {
  web: [
    { name: 'http', containerPort: 80, protocol: 'TCP' },
    { name: 'https', containerPort: 443, protocol: 'TCP' },
  ],
  api: [
    { name: 'http', containerPort: 8080, protocol: 'TCP' },
    { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
  ],
  db: [{ name: 'postgres', containerPort: 5432, protocol: 'TCP' }],
  cache: [{ name: 'redis', containerPort: 6379, protocol: 'TCP' }],
  worker: [
    { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
    { containerPort: 7946, protocol: 'UDP' },
  ],
};

/** The port the tier serves its clients on. */
const SERVICE_PORT: Readonly<Record<Tier, number>> = {
  web: 80,
  api: 8080,
  db: 5432,
  cache: 6379,
  worker: 9090,
};

/** The tier each tier is called by. */
const CALLER: Readonly<Record<Tier, Tier>> = {
  web: 'web',
  api: 'web',
  db: 'api',
  cache: 'api',
  worker: 'api',
};

function ipv4Of(i: number): string {
  const n = i + 1;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function generateCluster(spec: ClusterSpec): Doc {
  const rnd = seededRandom(spec.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

  const namespaces: Namespace[] = Array.from({ length: spec.namespaces }, (_, i) => {
    const name = i === 0 ? 'kube-system' : `ns-${i}`;
    return {
      name,
      labels: {
        'kubernetes.io/metadata.name': name,
        team: TEAMS[i % TEAMS.length] ?? 'platform',
        env: ENVS[i % ENVS.length] ?? 'dev',
        ...(i % 7 === 3 ? { monitoring: 'true' } : {}),
      },
    };
  });

  const workloads: Workload[] = Array.from({ length: spec.pods }, (_, i) => {
    const ns = namespaces[i % namespaces.length] ?? namespaces[0];
    if (ns === undefined) throw new Error('generateCluster needs at least one namespace');
    if (ns.name === 'kube-system' && i < namespaces.length) {
      return {
        namespace: ns.name,
        name: 'kube-dns',
        kind: 'Pod',
        labels: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
        ],
        ips: [ipv4Of(i)],
      };
    }
    const tier = pick(TIERS);
    const app = `app-${Math.floor(rnd() * 8)}`;
    return {
      namespace: ns.name,
      name: `${app}-${tier}-${i}`,
      kind: 'Pod',
      labels: {
        app,
        tier,
        team: ns.labels['team'] ?? 'platform',
        ...(rnd() < 0.5 ? { version: pick(['v1', 'v2', 'v3']) } : {}),
      },
      ports: TIER_PORTS[tier],
      ips: i % 10 === 0 ? [ipv4Of(i), `fd00::${(i + 1).toString(16)}`] : [ipv4Of(i)],
    };
  });

  const policies: NetworkPolicy[] = Array.from({ length: spec.policies }, (_, i) => {
    const ns = namespaces[1 + (i % Math.max(1, namespaces.length - 1))] ?? namespaces[0];
    const namespace = ns?.name ?? DEFAULT_NAMESPACE;
    return {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `policy-${i}`, namespace },
      spec: policySpec(i, pick, rnd),
    };
  });

  return { namespaces, workloads, externals: [], policies };
}

/** The i-th policy: cycles through realistic kinds, with random details. */
function policySpec(
  i: number,
  pick: <T>(xs: readonly T[]) => T,
  rnd: () => number,
): NetworkPolicySpec {
  const tier = pick(TIERS);
  const app = `app-${Math.floor(rnd() * 8)}`;
  const target = { matchLabels: { app, tier } };
  const port = { protocol: 'TCP' as const, port: SERVICE_PORT[tier] };
  switch (i % 8) {
    case 0: // default deny, sometimes both directions
      return rnd() < 0.5
        ? { podSelector: {}, policyTypes: ['Ingress'], ingress: [] }
        : { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };
    case 1: // the calling tier of the same namespace, on the service port
      return {
        podSelector: target,
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ podSelector: { matchLabels: { tier: CALLER[tier] } } }], ports: [port] },
        ],
      };
    case 2: // the calling tier of prod namespaces of the same team (AND)
      return {
        podSelector: { matchLabels: { tier } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: { matchLabels: { env: 'prod', team: pick(TEAMS) } },
                podSelector: { matchLabels: { tier: CALLER[tier] } },
              },
            ],
            ports: [port],
          },
        ],
      };
    case 3: // matchExpressions on both selectors
      return {
        podSelector: {
          matchExpressions: [{ key: 'tier', operator: 'In', values: [tier, 'worker'] }],
        },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }],
                },
                podSelector: { matchExpressions: [{ key: 'version', operator: 'Exists' }] },
              },
            ],
          },
        ],
      };
    case 4: // in from the pod network minus one slice, out to the internet on 443
      return {
        podSelector: target,
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              {
                ipBlock: {
                  cidr: '10.0.0.0/8',
                  except: [`10.0.${Math.floor(rnd() * 32)}.0/24`],
                },
              },
            ],
          },
        ],
        egress: [
          {
            to: [
              {
                ipBlock: {
                  cidr: '0.0.0.0/0',
                  except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
                },
              },
            ],
            ports: [{ protocol: 'TCP', port: 443 }],
          },
        ],
      };
    case 5: // port ranges
      return {
        podSelector: { matchLabels: { tier } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            ports: [
              { protocol: 'TCP', port: 8000, endPort: 8100 },
              { protocol: 'TCP', port: 30000, endPort: 32767 },
            ],
          },
        ],
      };
    case 6: // metrics scraped by monitoring namespaces, on a named port
      return {
        podSelector: { matchLabels: { app } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { monitoring: 'true' } } }],
            ports: [{ protocol: 'TCP', port: 'metrics' }],
          },
        ],
      };
    default: // egress to DNS and to the next tier down
      return {
        podSelector: { matchLabels: { team: pick(TEAMS) } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: {
                  matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' },
                },
                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
              },
            ],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
          { to: [{ podSelector: { matchLabels: { tier: pick(TIERS) } } }] },
        ],
      };
  }
}
