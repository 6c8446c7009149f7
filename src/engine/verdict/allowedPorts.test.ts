import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../model';
import { ARB_IPS, ARB_PROTOCOLS, arbDoc } from '../__fixtures__/arbitraries';
import { endpointOf } from '../__fixtures__/docBuilder';
import { BOUTIQUE_PORTS } from '../__fixtures__/clusters/boutiquePorts';
import { propertyRuns } from '../__fixtures__/propertyRuns';
import { compilePolicies } from '../compile/compile';
import { portSpansHave } from '../match/portSpans';
import { portSpansText } from '../text/portText';
import { allowedPortsOf } from './allowedPorts';
import { isTrafficAllowed } from './evaluate';
import type { Endpoint } from './verdict';

const boutique = BOUTIQUE_PORTS;

function allowedText(doc: Doc, from: string, to: string): string[] {
  return portSpansText(allowedPortsOf(compilePolicies(doc), endpointOf(from), endpointOf(to)));
}

describe('the ports a connection may use end to end', () => {
  it('are those both the egress and the ingress allow, a named port by its number and name', () => {
    expect(allowedText(boutique, 'shop/frontend', 'shop/cartservice')).toEqual(['TCP 7070 (grpc)']);
  });

  it('name a port once when one side allows it by number and the other by name', () => {
    expect(allowedText(boutique, 'shop/cartservice', 'shop/redis-cart')).toEqual([
      'TCP 6379 (redis)',
    ]);
  });

  it('are every port when neither side is isolated, a range when a rule gives one', () => {
    expect(allowedText(boutique, 'shop/loadgenerator', 'shop/loadgenerator')).toEqual([
      'all ports',
    ]);
    expect(allowedText(boutique, '0.0.0.0/0', 'shop/frontend')).toEqual(['TCP 9000-9100']);
  });

  it('are none when a side allows nothing there (a name the destination does not declare)', () => {
    expect(allowedText(boutique, 'shop/frontend', 'shop/redis-cart')).toEqual([]);
    expect(allowedText(boutique, 'shop/cartservice', 'shop/frontend')).toEqual([]);
  });
});

/** Ports around the ones rules name, so endPort edges (p, p+1, p+30, p+31, p+500, p+501) are hit. */
const PROBE_PORTS = [
  1, 53, 54, 80, 81, 82, 110, 111, 443, 444, 473, 474, 943, 5000, 5001, 5500, 5501, 65535,
];
const OUTSIDE = [...ARB_IPS, '10.0.1.0/24'];

describe('against isTrafficAllowed', () => {
  it('holds a port exactly when the connection is allowed on it', () => {
    fc.assert(
      fc.property(arbDoc(), (doc) => {
        const index = compilePolicies(doc);
        const pods = doc.workloads.map((w) => endpointOf(`${w.namespace}/${w.name}`));
        const ends: Endpoint[] = [...pods, ...OUTSIDE.map((ip) => endpointOf(ip))];
        const declared = doc.workloads.flatMap((w) => w.ports.map((p) => p.containerPort));
        const wrong: string[] = [];
        for (const from of ends) {
          for (const to of ends) {
            if (from.kind === 'ip' && to.kind === 'ip') continue;
            const spans = allowedPortsOf(index, from, to);
            for (const port of [...PROBE_PORTS, ...declared]) {
              for (const protocol of ARB_PROTOCOLS) {
                const want = isTrafficAllowed(index, { from, to, port, protocol }).allowed;
                if (portSpansHave(spans, port, protocol) !== want) {
                  wrong.push(`${JSON.stringify(from)} → ${JSON.stringify(to)} ${protocol} ${port}`);
                }
              }
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      propertyRuns(1000),
    );
  });
});
