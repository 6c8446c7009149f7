import { describe, expect, it } from 'vitest';
import type { ContainerPort } from '../../model';
import { portMatcherFrom, portMatches, portsFirstMatch } from './ports';

const web: readonly ContainerPort[] = [
  { name: 'http', containerPort: 8080, protocol: 'TCP' },
  { name: 'dns', containerPort: 53, protocol: 'UDP' },
];

describe('when a rule port has no protocol', () => {
  it('defaults to TCP', () => {
    expect(portMatcherFrom({ port: 53 })).toEqual({
      kind: 'range',
      protocol: 'TCP',
      port: 53,
      endPort: 53,
    });
    expect(portMatches(portMatcherFrom({ port: 53 }), 53, 'UDP', null)).toBe(false);
  });

  it('defaults to TCP also for an empty entry, which means every TCP port', () => {
    const m = portMatcherFrom({});
    expect(m).toEqual({ kind: 'protocol', protocol: 'TCP' });
    expect(portMatches(m, 1, 'TCP', null)).toBe(true);
    expect(portMatches(m, 65535, 'TCP', null)).toBe(true);
    expect(portMatches(m, 80, 'UDP', null)).toBe(false);
  });
});

describe('when a rule port is a number', () => {
  it('matches that port and protocol only', () => {
    const m = portMatcherFrom({ protocol: 'UDP', port: 53 });
    expect(portMatches(m, 53, 'UDP', null)).toBe(true);
    expect(portMatches(m, 54, 'UDP', null)).toBe(false);
    expect(portMatches(m, 53, 'TCP', null)).toBe(false);
    expect(portMatches(m, 53, 'SCTP', null)).toBe(false);
  });

  it('matches a range port..endPort inclusively', () => {
    const m = portMatcherFrom({ port: 32000, endPort: 32768 });
    expect(portMatches(m, 31999, 'TCP', null)).toBe(false);
    expect(portMatches(m, 32000, 'TCP', null)).toBe(true);
    expect(portMatches(m, 32500, 'TCP', null)).toBe(true);
    expect(portMatches(m, 32768, 'TCP', null)).toBe(true);
    expect(portMatches(m, 32769, 'TCP', null)).toBe(false);
  });
});

describe('when a rule port is named', () => {
  it("matches the destination pod's container port with that name, number and protocol", () => {
    const http = portMatcherFrom({ port: 'http' });
    expect(portMatches(http, 8080, 'TCP', web)).toBe(true);
    expect(portMatches(http, 80, 'TCP', web)).toBe(false);
    expect(portMatches(http, 8080, 'UDP', web)).toBe(false);
  });

  it('needs the protocol of the rule and of the container port to agree', () => {
    expect(portMatches(portMatcherFrom({ port: 'dns' }), 53, 'UDP', web)).toBe(false);
    expect(portMatches(portMatcherFrom({ port: 'dns' }), 53, 'TCP', web)).toBe(false);
    expect(portMatches(portMatcherFrom({ port: 'dns', protocol: 'UDP' }), 53, 'UDP', web)).toBe(
      true,
    );
  });

  it('never matches a destination outside the cluster or without that name', () => {
    expect(portMatches(portMatcherFrom({ port: 'http' }), 8080, 'TCP', null)).toBe(false);
    expect(portMatches(portMatcherFrom({ port: 'metrics' }), 8080, 'TCP', web)).toBe(false);
  });
});

describe('when a rule lists several ports', () => {
  it('reports the first entry that matches', () => {
    const ms = [{ port: 80 }, { port: 'http' }, {}].map(portMatcherFrom);
    expect(portsFirstMatch(ms, 80, 'TCP', web)).toBe(0);
    expect(portsFirstMatch(ms, 8080, 'TCP', web)).toBe(1);
    expect(portsFirstMatch(ms, 9999, 'TCP', web)).toBe(2);
    expect(portsFirstMatch(ms, 9999, 'UDP', web)).toBe(-1);
  });
});
