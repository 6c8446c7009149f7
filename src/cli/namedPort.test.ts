import { describe, expect, it } from 'vitest';
import type { Doc, PodKey } from '../model';
import { namedPortResolve, portNameIs } from './namedPort';

const doc: Doc = {
  namespaces: [],
  workloads: [
    {
      namespace: 'z',
      name: 'c',
      kind: 'Pod',
      labels: {},
      ips: [],
      ports: [
        { name: 'serve-80-tcp', containerPort: 80, protocol: 'TCP' },
        { name: 'serve-81-udp', containerPort: 81, protocol: 'UDP' },
        { containerPort: 9000, protocol: 'TCP' },
      ],
    },
  ],
  externals: [],
  policies: [],
};
const zc = { kind: 'pod', key: 'z/c' as PodKey } as const;

describe('when --port names a port', () => {
  it('tells a port name from a number', () => {
    expect(portNameIs('serve-80-tcp')).toBe(true);
    expect(portNameIs('http')).toBe(true);
    expect(portNameIs('80')).toBe(false);
    expect(portNameIs('-http')).toBe(false);
    expect(portNameIs('a--b')).toBe(false);
    expect(portNameIs('a-very-long-port-name')).toBe(false);
  });

  it('finds the container port with that name and protocol on the destination', () => {
    expect(namedPortResolve('serve-81-udp', zc, 'UDP', doc)).toEqual({ ok: true, value: 81 });
  });

  it('needs the protocol to match too, and lists the named ports otherwise', () => {
    expect(namedPortResolve('serve-81-udp', zc, 'TCP', doc)).toEqual({
      ok: false,
      message:
        "z/c has no TCP container port named 'serve-81-udp' (its named ports: TCP 80 (serve-80-tcp), UDP 81 (serve-81-udp))",
    });
  });

  it('refuses a name when the destination is an address', () => {
    expect(namedPortResolve('http', { kind: 'ip', ip: '8.8.8.8' }, 'TCP', doc).ok).toBe(false);
  });
});
