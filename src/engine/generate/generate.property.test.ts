/**
 * On random clusters and random observed traffic, the proposal evaluated by
 * the real engine allows every observed connection, and a random connection
 * that was not observed is blocked unless the proposal says why it is not
 * (`broader`): DNS, workloads no selector tells apart, an address block, or
 * workloads nothing was observed of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Doc,
  Labels,
  ObservedConnection,
  ObservedEnd,
  PodKey,
  Protocol,
  Workload,
} from '../../model';
import { podKeyOf } from '../../model';
import { compilePolicies } from '../compile/compile';
import { ipRangeParse, rangeContains } from '../match/cidr';
import { isTrafficAllowed } from '../verdict/evaluate';
import type { Endpoint } from '../verdict/verdict';
import { propertyRuns } from '../__fixtures__/propertyRuns';
import { proposePolicies } from './proposePolicies';
import type { Broader, Proposal } from './types';

const NAMESPACES = ['default', 'ns-a', 'ns-b', 'kube-system'] as const;
const OUTSIDE = ['203.0.113.9', '203.0.113.20', '198.51.100.7', 'fd00:1::5'] as const;
const PORTS = [53, 80, 443, 8080] as const;
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

const arbLabels: fc.Arbitrary<Labels> = fc
  .record(
    {
      app: fc.constantFrom('web', 'api', 'db'),
      tier: fc.constantFrom('front', 'back'),
      track: fc.constantFrom('stable', 'canary'),
      'pod-template-hash': fc.constantFrom('7c9d5', '5f6b8'),
    },
    { requiredKeys: [] },
  )
  .map((labels): Labels => ({ ...labels }));

const arbWorkloads = fc
  .array(fc.record({ ns: fc.constantFrom(...NAMESPACES), labels: arbLabels }), {
    minLength: 1,
    maxLength: 7,
  })
  .map((specs) =>
    specs.map(({ ns, labels }, i): Workload => ({
      namespace: ns,
      name: `w${i}`,
      kind: 'Pod',
      labels,
      ports: [],
      ips: [`10.1.0.${i + 1}`],
    })),
  );

const arbDesign: fc.Arbitrary<Doc> = fc
  .tuple(arbWorkloads, fc.boolean())
  .map(([workloads, dns]) => {
    const kubeDns: Workload = {
      namespace: 'kube-system',
      name: 'coredns',
      kind: 'Deployment',
      labels: { 'k8s-app': 'kube-dns' },
      ports: [],
      ips: ['10.1.9.9'],
    };
    return {
      namespaces: NAMESPACES.map((name) => ({
        name,
        labels: { 'kubernetes.io/metadata.name': name },
      })),
      workloads: dns ? [...workloads, kubeDns] : workloads,
      externals: [],
      // Policies of the design are replaced by the proposal.
      policies: [
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'old', namespace: 'default' },
          spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{}] },
        },
      ],
    };
  });

/** An end: a workload (index) or an outside address; `byIp` names a workload by its IP. */
const arbEnd = fc.oneof(
  { weight: 4, arbitrary: fc.record({ pod: fc.nat(8), byIp: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ ip: fc.constantFrom(...OUTSIDE) }) },
);
const arbConnection = fc.record({
  from: arbEnd,
  to: arbEnd,
  port: fc.constantFrom(...PORTS),
  protocol: fc.constantFrom(...PROTOCOLS),
});
type ArbEnd = { pod: number; byIp: boolean } | { ip: string };

function workloadAt(doc: Doc, end: ArbEnd): Workload | string {
  if ('ip' in end) return end.ip;
  return doc.workloads[end.pod % doc.workloads.length] as Workload;
}

function observedEnd(doc: Doc, end: ArbEnd): ObservedEnd {
  const w = workloadAt(doc, end);
  if (typeof w === 'string') return { kind: 'ip', ip: w };
  if ('byIp' in end && end.byIp) return { kind: 'ip', ip: w.ips[0] ?? '' };
  return { kind: 'pod', namespace: w.namespace, pod: w.name };
}

function endpointOf(doc: Doc, end: ArbEnd): Endpoint {
  const w = workloadAt(doc, end);
  return typeof w === 'string'
    ? { kind: 'ip', ip: w }
    : { kind: 'pod', key: podKeyOf(w.namespace, w.name) };
}

function endName(e: Endpoint): string {
  return e.kind === 'pod' ? e.key : e.ip;
}

/** Whether `broader` names the connection from → to on port/protocol, given what was observed. */
function explained(
  proposal: Proposal,
  observed: ReadonlySet<string>,
  from: Endpoint,
  to: Endpoint,
  port: number,
  protocol: Protocol,
): boolean {
  const of = <K extends Broader['kind']>(kind: K) =>
    proposal.broader.filter((b): b is Extract<Broader, { kind: K }> => b.kind === kind);
  /** The ends that stand for `e`: its twins, or the observed addresses of its block. */
  const standIns = (e: Endpoint): string[] => {
    if (e.kind === 'pod') {
      const twins = of('sameLabels').find((b) => b.workloads.includes(e.key));
      const pod = [...(twins?.workloads ?? [e.key])];
      const blocks = of('cidrBlock').filter((b) => b.pods.includes(e.key));
      return [...pod, ...blocks.flatMap((b) => b.ips)];
    }
    const inner = ipRangeParse(e.ip);
    const blocks = of('cidrBlock').filter((b) => {
      const outer = ipRangeParse(b.cidr);
      return outer !== null && inner !== null && rangeContains(outer, inner);
    });
    return [e.ip, ...blocks.flatMap((b) => b.ips)];
  };
  const viaStandIns = standIns(from).some((f) =>
    standIns(to).some((t) => observed.has(`${f} ${t} ${port}/${protocol}`)),
  );
  const dns =
    port === 53 &&
    protocol !== 'SCTP' &&
    from.kind === 'pod' &&
    to.kind === 'pod' &&
    of('dns').some((b) => b.workloads.includes(from.key) && b.to.includes(to.key));
  const open = new Set(of('unrestricted').flatMap((b) => b.workloads));
  const isOpen = (e: Endpoint) => e.kind === 'ip' || open.has(e.key);
  const unrestricted = isOpen(from) && isOpen(to);
  return viaStandIns || dns || unrestricted;
}

describe('proposePolicies on random clusters and traffic', () => {
  for (const options of [{}, { defaultDeny: true }, { cidrPrefix: 24 }]) {
    it(`allows what was observed and explains anything else it allows (${JSON.stringify(options)})`, () => {
      fc.assert(
        fc.property(
          arbDesign,
          fc.array(arbConnection, { minLength: 1, maxLength: 12 }),
          fc.array(arbConnection, { minLength: 1, maxLength: 8 }),
          (design, traffic, probes) => {
            const flows = traffic.filter((t) => !('ip' in t.from && 'ip' in t.to));
            const observed: ObservedConnection[] = flows.map((t, i) => ({
              from: observedEnd(design, t.from),
              to: observedEnd(design, t.to),
              port: t.port,
              protocol: t.protocol,
              file: 'flows.csv',
              line: i + 1,
            }));
            const result = proposePolicies(design, observed, options);
            if (!result.ok) throw new Error(JSON.stringify(result.issues));
            const { proposal } = result;
            const index = compilePolicies(proposal.doc);
            const seen = new Set<string>();
            for (const t of flows) {
              const from = endpointOf(design, t.from);
              const to = endpointOf(design, t.to);
              seen.add(`${endName(from)} ${endName(to)} ${t.port}/${t.protocol}`);
              const verdict = isTrafficAllowed(index, {
                from,
                to,
                port: t.port,
                protocol: t.protocol,
              });
              expect(
                verdict.allowed,
                `${endName(from)} → ${endName(to)} ${t.port}/${t.protocol}`,
              ).toBe(true);
            }
            for (const p of probes) {
              const from = endpointOf(design, p.from);
              const to = endpointOf(design, p.to);
              if (from.kind === 'ip' && to.kind === 'ip') continue;
              const key = `${endName(from)} ${endName(to)} ${p.port}/${p.protocol}`;
              if (seen.has(key)) continue;
              const verdict = isTrafficAllowed(index, {
                from,
                to,
                port: p.port,
                protocol: p.protocol,
              });
              if (!verdict.allowed) continue;
              expect(
                explained(proposal, seen, from, to, p.port, p.protocol),
                `unobserved ${key} is allowed without an explanation`,
              ).toBe(true);
            }
            // What the DNS note promises holds, kube-dns seen in the traffic or not.
            for (const dns of proposal.broader) {
              if (dns.kind !== 'dns') continue;
              for (const source of dns.workloads) {
                for (const server of dns.to) {
                  for (const protocol of ['UDP', 'TCP'] as const) {
                    const verdict = isTrafficAllowed(index, {
                      from: { kind: 'pod', key: source },
                      to: { kind: 'pod', key: server },
                      port: 53,
                      protocol,
                    });
                    expect(verdict.allowed, `${source} → ${server} ${protocol} 53`).toBe(true);
                  }
                }
              }
            }
          },
        ),
        propertyRuns(300),
      );
    });
  }
});

export type { PodKey };
