/**
 * ipBlock scenarios on the model of the upstream e2e suite: an ipBlock
 * matches pod IPs as well as outside addresses (the upstream tests build their
 * CIDRs from pod IPs), `except` carves addresses out, host bits are ignored,
 * IPv6 works like IPv4. Pod IPs are those of `xyz.ts` (x/b is 10.1.0.2).
 * Truth tables: `src/engine/golden.test.ts`.
 */
import type { Scenario } from './objects';
import { netpol } from './objects';
import { xyzCluster, xyzIp, xyzIpv6 } from './xyz';

const SOURCE = 'upstream e2e: ';

export const UPSTREAM_IPBLOCK_SCENARIOS: readonly Scenario[] = [
  {
    name: 'upstream/egress-to-pod-ip',
    summary: 'egress of x/a to ipBlock <y/b IP>/32 only',
    source: `${SOURCE}should allow egress access to server in CIDR block`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-cidr-egress-rule', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: `${xyzIp('y', 'b')}/32` } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/egress-cidr-except-pod',
    summary:
      'egress of x/a to 10.1.0.1/4 (host bits set: the network 0.0.0.0/4, every pod) except <x/b IP>/32',
    source: `${SOURCE}should enforce except clause while egress access to server in CIDR block`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-cidr-egress-rule', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ ipBlock: { cidr: `${xyzIp('x', 'a')}/4`, except: [`${xyzIp('x', 'b')}/32`] } }],
          },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/except-allowed-by-another-policy',
    summary: 'x/b excepted by one policy but allowed by a second (<x/b IP>/32): allows add up',
    source: `${SOURCE}should ensure an IP overlapping both IPBlock.CIDR and IPBlock.Except is allowed`,
    doc: xyzCluster([
      netpol('x', 'allow-client-a-via-cidr-egress-rule', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${xyzIp('x', 'b')}/32`] } }] }],
      }),
      netpol('x', 'allow-client-a-to-x-b', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Egress'],
        egress: [{ to: [{ ipBlock: { cidr: `${xyzIp('x', 'b')}/32` } }] }],
      }),
    ]),
  },
  {
    name: 'upstream/ingress-from-cidr-except',
    summary: 'ingress to x/a from 10.2.0.0/16 (namespace y) except <y/b IP>/32; also outside IPs',
    source: 'spec: ipBlock with except on ingress, matching pod IPs and outside addresses',
    doc: xyzCluster([
      netpol('x', 'from-y-range', {
        podSelector: { matchLabels: { pod: 'a' } },
        policyTypes: ['Ingress'],
        ingress: [
          { from: [{ ipBlock: { cidr: '10.2.0.0/16', except: [`${xyzIp('y', 'b')}/32`] } }] },
        ],
      }),
    ]),
  },
  {
    name: 'upstream/ipv6-ingress-from-cidr-except',
    summary:
      'y and z are dual stack; ingress to x/a from fd00:2::/64 except <y/b IPv6>/128; its IPv4 does not match an IPv6 block',
    source: 'spec: ipBlock on IPv6, pods with several IPs',
    doc: xyzCluster(
      [
        netpol('x', 'from-y-v6', {
          podSelector: { matchLabels: { pod: 'a' } },
          policyTypes: ['Ingress'],
          ingress: [
            { from: [{ ipBlock: { cidr: 'fd00:2::/64', except: [`${xyzIpv6('y', 'b')}/128`] } }] },
          ],
        }),
      ],
      { dualStack: ['y', 'z'] },
    ),
  },
];
