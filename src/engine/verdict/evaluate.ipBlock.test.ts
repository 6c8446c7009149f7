import { describe, expect, it } from 'vitest';
import type { Doc, NetworkPolicyPeer } from '../../model';
import { compilePolicies } from '../compile/compile';
import { docOf, podOf, policyOf, trafficOf } from '../__fixtures__/docBuilder';
import { isTrafficAllowed } from './evaluate';

const workloads = [
  podOf('x/a', { pod: 'a' }, { ips: ['172.17.0.5'] }),
  podOf('x/b', { pod: 'b' }, { ips: ['172.17.1.5'] }),
  podOf('x/c', { pod: 'c' }, { ips: ['192.168.0.9', 'fd00:192:168:4::9'] }),
  podOf('x/d', { pod: 'd' }),
  podOf('x/db', { role: 'db' }),
];

function ingressFrom(...from: NetworkPolicyPeer[]): Doc {
  const spec = { podSelector: { matchLabels: { role: 'db' } }, ingress: [{ from }] };
  return docOf({ workloads, policies: [policyOf('x/p', spec)] });
}

function egressTo(...to: NetworkPolicyPeer[]): Doc {
  const spec = {
    podSelector: { matchLabels: { role: 'db' } },
    policyTypes: ['Egress' as const],
    egress: [{ to }],
  };
  return docOf({ workloads, policies: [policyOf('x/p', spec)] });
}

function allows(doc: Doc, from: string, to: string): boolean {
  return isTrafficAllowed(compilePolicies(doc), trafficOf(from, to)).allowed;
}

describe('when a peer is an ipBlock with except', () => {
  const doc = ingressFrom({ ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } });

  it('allows addresses in cidr and not in an except', () => {
    expect(allows(doc, '172.17.0.1', 'x/db')).toBe(true);
    expect(allows(doc, '172.17.1.1', 'x/db')).toBe(false);
    expect(allows(doc, '10.0.0.1', 'x/db')).toBe(false);
  });

  it('matches pods by their IPs too', () => {
    expect(allows(doc, 'x/a', 'x/db')).toBe(true);
    expect(allows(doc, 'x/b', 'x/db')).toBe(false);
  });

  it('never matches a pod with no IPs', () => {
    expect(allows(ingressFrom({ ipBlock: { cidr: '0.0.0.0/0' } }), 'x/d', 'x/db')).toBe(false);
  });
});

describe('when a workload stands for several replicas (one IP each)', () => {
  const web = podOf('x/web', { app: 'web' }, { ips: ['10.1.0.1', '10.2.0.2', '10.3.0.3'] });
  const withWeb = (doc: Doc): Doc => ({ ...doc, workloads: [...doc.workloads, web] });

  it('matches an ipBlock that holds any one of its IPs, in ingress and in egress', () => {
    expect(
      allows(withWeb(ingressFrom({ ipBlock: { cidr: '10.2.0.0/16' } })), 'x/web', 'x/db'),
    ).toBe(true);
    expect(allows(withWeb(egressTo({ ipBlock: { cidr: '10.3.0.3/32' } })), 'x/db', 'x/web')).toBe(
      true,
    );
  });

  it('matches while one IP is outside every except, and not when the block holds none', () => {
    const except = { ipBlock: { cidr: '10.0.0.0/8', except: ['10.2.0.0/16', '10.3.0.0/16'] } };
    expect(allows(withWeb(ingressFrom(except)), 'x/web', 'x/db')).toBe(true);
    const none = { ipBlock: { cidr: '10.0.0.0/8', except: ['10.0.0.0/14'] } };
    expect(allows(withWeb(ingressFrom(none)), 'x/web', 'x/db')).toBe(false);
  });
});

describe('when the other end is a range of addresses', () => {
  const doc = ingressFrom({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.5.0/24'] } });

  it('matches only when the whole range is inside cidr and outside every except', () => {
    expect(allows(doc, '10.0.1.0/24', 'x/db')).toBe(true);
    expect(allows(doc, '10.0.0.0/8', 'x/db')).toBe(false);
    expect(allows(doc, '10.0.4.0/23', 'x/db')).toBe(false);
  });
});

describe('when ipBlocks are IPv6 or mixed', () => {
  it('matches IPv6 addresses and pods with an IPv6 IP', () => {
    const doc = ingressFrom({
      ipBlock: { cidr: 'fd00:192:168::/48', except: ['fd00:192:168:3::/64'] },
    });
    expect(allows(doc, 'fd00:192:168:4::1', 'x/db')).toBe(true);
    expect(allows(doc, 'fd00:192:168:3::1', 'x/db')).toBe(false);
    expect(allows(doc, 'x/c', 'x/db')).toBe(true);
  });

  it('never matches an IPv4 address with an IPv6 block, or the reverse', () => {
    expect(allows(ingressFrom({ ipBlock: { cidr: '::/0' } }), '10.0.0.1', 'x/db')).toBe(false);
    expect(allows(ingressFrom({ ipBlock: { cidr: '0.0.0.0/0' } }), 'fd00::1', 'x/db')).toBe(false);
  });
});

describe('when an ipBlock CIDR has host bits set', () => {
  it('counts it as its network', () => {
    const doc = ingressFrom({ ipBlock: { cidr: '192.168.5.10/24' } });
    expect(allows(doc, '192.168.5.200', 'x/db')).toBe(true);
    expect(allows(doc, 'x/c', 'x/db')).toBe(false);
  });
});

describe('when an ipBlock does not parse', () => {
  it('matches nothing instead of failing', () => {
    expect(allows(ingressFrom({ ipBlock: { cidr: 'not-a-cidr' } }), '10.0.0.1', 'x/db')).toBe(
      false,
    );
    expect(allows(ingressFrom({ ipBlock: { cidr: '10.0.0.1' } }), '10.0.0.1', 'x/db')).toBe(false);
  });
});

describe('when an egress rule names an ipBlock', () => {
  it('lets the pod reach the external backup server and nothing else', () => {
    const doc = egressTo({ ipBlock: { cidr: '192.168.5.10/32' } });
    expect(allows(doc, 'x/db', '192.168.5.10')).toBe(true);
    expect(allows(doc, 'x/db', '192.168.5.11')).toBe(false);
    expect(allows(doc, 'x/db', 'x/a')).toBe(false);
  });

  it('lets the pod reach pods by their IPs', () => {
    const doc = egressTo({ ipBlock: { cidr: '172.17.0.0/24' } });
    expect(allows(doc, 'x/db', 'x/a')).toBe(true);
    expect(allows(doc, 'x/db', 'x/b')).toBe(false);
  });
});
