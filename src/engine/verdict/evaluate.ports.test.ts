import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyPort, Protocol } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, podOf, policyOf, trafficOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from './evaluate';

const workloads = [
  podOf(
    'x/client',
    { app: 'client' },
    { ports: [{ name: 'http', containerPort: 9090, protocol: 'TCP' }] },
  ),
  podOf(
    'x/web',
    { app: 'web' },
    {
      ports: [
        { name: 'http', containerPort: 8080, protocol: 'TCP' },
        { name: 'dns', containerPort: 53, protocol: 'UDP' },
      ],
    },
  ),
  podOf(
    'x/other',
    { app: 'other' },
    { ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }] },
  ),
];

function ingressPorts(...ports: NetworkPolicyPort[]): Doc {
  return docOf({
    workloads,
    policies: [policyOf('x/p', { podSelector: {}, ingress: [{ ports }] })],
  });
}

function egressPorts(...ports: NetworkPolicyPort[]): Doc {
  const spec = {
    podSelector: { matchLabels: { app: 'client' } },
    policyTypes: ['Egress' as const],
    egress: [{ ports }],
  };
  return docOf({ workloads, policies: [policyOf('x/p', spec)] });
}

function allows(
  doc: Doc,
  from: string,
  to: string,
  port: number,
  protocol: Protocol = 'TCP',
): boolean {
  return isTrafficAllowed(compilePolicies(doc), trafficOf(from, to, port, protocol)).allowed;
}

describe('when rule ports are numbers', () => {
  it('allows only the listed port, on TCP by default', () => {
    const doc = ingressPorts({ port: 8080 });
    expect(allows(doc, 'x/client', 'x/web', 8080)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 8081)).toBe(false);
    expect(allows(doc, 'x/client', 'x/web', 8080, 'UDP')).toBe(false);
  });

  it('treats TCP, UDP and SCTP as separate', () => {
    const doc = ingressPorts({ port: 53, protocol: 'UDP' }, { port: 7777, protocol: 'SCTP' });
    expect(allows(doc, 'x/client', 'x/web', 53, 'UDP')).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 53, 'TCP')).toBe(false);
    expect(allows(doc, 'x/client', 'x/web', 7777, 'SCTP')).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 7777, 'UDP')).toBe(false);
  });

  it('allows a whole range with endPort, bounds included', () => {
    const doc = ingressPorts({ port: 32000, endPort: 32768 });
    expect(allows(doc, 'x/client', 'x/web', 32000)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 32768)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 32769)).toBe(false);
  });

  it('reads ports: [{}] as every TCP port', () => {
    const doc = ingressPorts({});
    expect(allows(doc, 'x/client', 'x/web', 12345)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 12345, 'UDP')).toBe(false);
  });
});

describe('when an ingress rule port is named', () => {
  const doc = ingressPorts({ port: 'http' });

  it("resolves it against the destination pod's container ports", () => {
    expect(allows(doc, 'x/client', 'x/web', 8080)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 80)).toBe(false);
    expect(allows(doc, 'x/client', 'x/other', 80)).toBe(true);
    expect(allows(doc, 'x/client', 'x/other', 8080)).toBe(false);
  });

  it('needs the protocol to match as well as the name', () => {
    expect(allows(ingressPorts({ port: 'dns' }), 'x/client', 'x/web', 53, 'UDP')).toBe(false);
    expect(
      allows(ingressPorts({ port: 'dns', protocol: 'UDP' }), 'x/client', 'x/web', 53, 'UDP'),
    ).toBe(true);
  });
});

describe('when an egress rule port is named', () => {
  const doc = egressPorts({ port: 'http' });

  it("resolves it against the DESTINATION pod's ports, not the source's", () => {
    expect(allows(doc, 'x/client', 'x/web', 8080)).toBe(true);
    expect(allows(doc, 'x/client', 'x/web', 9090)).toBe(false);
  });

  it('never matches a destination outside the cluster', () => {
    expect(allows(doc, 'x/client', '10.0.0.1', 8080)).toBe(false);
    expect(allows(egressPorts({ port: 8080 }), 'x/client', '10.0.0.1', 8080)).toBe(true);
  });
});
