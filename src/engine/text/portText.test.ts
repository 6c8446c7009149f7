import { describe, expect, it } from 'vitest';
import {
  ANY_PORT,
  containerPortText,
  portSpansButText,
  portSpansText,
  servicePortsText,
  portText,
  rulePortText,
  rulePortsText,
} from './portText';
import { EVERY_PORT, portSpansWithout } from '../match/portSpans';

describe('a concrete port', () => {
  it('reads protocol first, then the number and the name', () => {
    expect(portText({ protocol: 'TCP', port: 3306 })).toBe('TCP 3306');
    expect(portText({ protocol: 'UDP', port: 53 })).toBe('UDP 53');
    expect(portText({ protocol: 'TCP', port: 80 }, { name: 'http' })).toBe('TCP 80 (http)');
    expect(portText({ protocol: 'TCP', port: 7070 }, { sentence: true })).toBe('TCP port 7070');
    expect(portText({ protocol: 'TCP', port: 7070 }, { sentence: true, name: 'grpc' })).toBe(
      'TCP port 7070 (grpc)',
    );
  });

  it("reads the stand-in for every port as a rule's every port reads, never as port 0", () => {
    expect(portText({ protocol: 'TCP', port: ANY_PORT })).toBe('all TCP');
    expect(portText({ protocol: 'UDP', port: ANY_PORT }, { sentence: true })).toBe('any UDP port');
  });

  it('reads a container port as a line reads the same port', () => {
    const grpc = { containerPort: 7070, protocol: 'TCP', name: 'grpc' } as const;
    expect(containerPortText(grpc)).toBe('TCP 7070 (grpc)');
    expect(containerPortText({ containerPort: 53, protocol: 'UDP' })).toBe('UDP 53');
    expect(
      portSpansText([{ protocol: 'TCP', port: 7070, endPort: 7070, names: ['grpc'] }]),
    ).toEqual([containerPortText(grpc)]);
  });

  it("lists a Service's ports as clients call them, with their names", () => {
    expect(
      servicePortsText([
        { port: 80, targetPort: 8080, protocol: 'TCP', name: 'http' },
        { port: 53, targetPort: 53, protocol: 'UDP' },
      ]),
    ).toBe('TCP 80 (http), UDP 53');
    expect(servicePortsText([])).toBe('');
  });
});

describe('port labels on a canvas line', () => {
  it('read as the rule writes them', () => {
    expect(rulePortsText([], 'short')).toEqual(['all ports']);
    expect(
      rulePortsText(
        [
          { protocol: 'UDP', port: 53 },
          { port: 32000, endPort: 32768 },
        ],
        'short',
      ),
    ).toEqual(['UDP 53', 'TCP 32000-32768']);
    expect(
      rulePortsText([{ protocol: 'SCTP' }, { protocol: 'TCP', port: 'http' }], 'short'),
    ).toEqual(['all SCTP', 'TCP http']);
  });
});

describe('rule ports in a sentence', () => {
  it('spell out names and the absence of a port', () => {
    expect(rulePortsText(undefined, 'sentence')).toEqual(['every port']);
    expect(rulePortText({ protocol: 'UDP' }, 'sentence')).toBe('any UDP port');
    expect(rulePortText({ port: 'http' }, 'sentence')).toBe('TCP port named http');
    expect(rulePortText({ protocol: 'TCP', port: 32000, endPort: 32768 }, 'sentence')).toBe(
      'TCP 32000-32768',
    );
  });
});

describe('the ports a line says flow end to end', () => {
  it('write every port, a whole protocol, a range and a named port each once', () => {
    const every = (protocol: 'TCP' | 'UDP' | 'SCTP') => ({ protocol, port: 1, endPort: 65535 });
    expect(portSpansText([every('TCP'), every('UDP'), every('SCTP')])).toEqual(['all ports']);
    expect(
      portSpansText([
        every('TCP'),
        { protocol: 'UDP', port: 53, endPort: 53, names: ['dns'] },
        { protocol: 'SCTP', port: 8000, endPort: 8100 },
      ]),
    ).toEqual(['all TCP', 'UDP 53 (dns)', 'SCTP 8000-8100']);
    expect(
      portSpansText([{ protocol: 'TCP', port: 80, endPort: 80, names: ['http', 'web'] }]),
    ).toEqual(['TCP 80 (http, web)']);
    expect(portSpansText([])).toEqual([]);
  });
});

describe('a port named alike on many destinations', () => {
  const metrics = (port: number) => ({
    protocol: 'TCP' as const,
    port,
    endPort: port,
    names: ['metrics'],
  });

  it('reads once with how many ports, where a label is read at a glance', () => {
    const spans = [
      { protocol: 'TCP' as const, port: 80, endPort: 80 },
      metrics(9001),
      metrics(9002),
      metrics(9003),
      { protocol: 'UDP' as const, port: 9001, endPort: 9001, names: ['metrics'] },
    ];
    expect(portSpansText(spans)).toEqual(['TCP 80', 'TCP metrics (3 ports)', 'UDP 9001 (metrics)']);
  });

  it('reads each number while there are few, and every one in full', () => {
    expect(portSpansText([metrics(9001), metrics(9002)])).toEqual([
      'TCP 9001 (metrics)',
      'TCP 9002 (metrics)',
    ]);
    expect(portSpansText([metrics(9001), metrics(9002), metrics(9003)], { inFull: true })).toEqual([
      'TCP 9001 (metrics)',
      'TCP 9002 (metrics)',
      'TCP 9003 (metrics)',
    ]);
  });
});

describe('the ports a change flipped', () => {
  it('reads every port but a few as what it leaves out', () => {
    const tcp80 = [{ protocol: 'TCP' as const, port: 80, endPort: 80 }];
    expect(portSpansButText(EVERY_PORT)).toBe('all ports');
    expect(portSpansButText(portSpansWithout(EVERY_PORT, tcp80))).toBe('all ports but TCP 80');
    expect(portSpansButText(tcp80)).toBe('TCP 80');
  });
});
