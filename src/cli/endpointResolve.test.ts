import { describe, expect, it } from 'vitest';
import type { Doc, Workload } from '../model';
import { endpointResolve, ipOrCidrIs } from './endpointResolve';

const pod = (namespace: string, name: string, ips: string[] = []): Workload => ({
  namespace,
  name,
  kind: 'Pod',
  labels: {},
  ports: [],
  ips,
});

const doc: Doc = {
  namespaces: [],
  workloads: [
    pod('x', 'a', ['10.0.1.1']),
    pod('y', 'a'),
    pod('prod', 'database'),
    pod('v6', 'b', ['fd00:10:244:1::b']),
  ],
  externals: [{ name: 'backup-server', cidr: '192.168.5.10/32' }],
  policies: [],
};

describe('when naming an end of a connection', () => {
  it('finds a pod by namespace/name', () => {
    expect(endpointResolve('y/a', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'pod', key: 'y/a' },
    });
  });

  it('finds a pod by a bare name used in one namespace only', () => {
    expect(endpointResolve('database', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'pod', key: 'prod/database' },
    });
  });

  it('refuses a bare name used in several namespaces', () => {
    expect(endpointResolve('a', doc)).toEqual({
      ok: false,
      message: "'a' is ambiguous: x/a, y/a (write namespace/name)",
    });
  });

  it('takes an IP or a CIDR outside the cluster as an address', () => {
    expect(endpointResolve('8.8.8.8', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'ip', ip: '8.8.8.8' },
    });
    expect(endpointResolve('fd00::/64', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'ip', ip: 'fd00::/64' },
    });
  });

  it("takes a pod's IP as that pod", () => {
    expect(endpointResolve('10.0.1.1', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'pod', key: 'x/a' },
      note: '10.0.1.1 is the IP of pod x/a',
    });
  });

  it("takes a pod's IP written in another form as that pod", () => {
    for (const text of ['FD00:10:244:1:0:0:0:B', 'fd00:10:244:1::b/128', '10.0.1.1/32']) {
      const found = endpointResolve(text, doc);
      expect(found.ok && found.endpoint).toEqual({
        kind: 'pod',
        key: text.startsWith('10.') ? 'x/a' : 'v6/b',
      });
    }
    expect(endpointResolve('10.0.1.0/24', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'ip', ip: '10.0.1.0/24' },
    });
  });

  it('says an address that does not parse is not a valid IP, rather than an unknown pod', () => {
    for (const text of ['1.1.1.1/33', '10.0.0.256', 'fd00::1/129', '10.1.2']) {
      const found = endpointResolve(text, doc);
      expect(found.ok ? '' : found.message).toMatch(/is not a valid IP or CIDR/);
    }
  });

  it('finds an external endpoint by name', () => {
    expect(endpointResolve('Backup-Server', doc)).toEqual({
      ok: true,
      endpoint: { kind: 'ip', ip: '192.168.5.10/32' },
    });
  });

  it('lists close names for an unknown pod', () => {
    expect(endpointResolve('prod/databse', doc)).toEqual({
      ok: false,
      message: "unknown pod 'prod/databse' (did you mean prod/database?)",
    });
  });

  it('shows the naming scheme when nothing is close', () => {
    expect(endpointResolve('qqqqqqqqqqqqq', doc)).toEqual({
      ok: false,
      message:
        "unknown pod 'qqqqqqqqqqqqq' (pods are named namespace/name, e.g. x/a, y/a, prod/database)",
    });
  });
});

describe('when telling an address from a name', () => {
  it.each(['10.0.0.1', '10.0.0.0/8', '::1', 'fd00::/128', '0.0.0.0/0'])('accepts %s', (text) => {
    expect(ipOrCidrIs(text)).toBe(true);
  });

  it.each([
    '10.0.0.256',
    '10.0.0.0/33',
    'fd00::/129',
    '10.0.0.0/',
    'fe80::1%eth0',
    'x/a',
    '10.0.0.0/8x',
  ])('rejects %s', (text) => {
    expect(ipOrCidrIs(text)).toBe(false);
  });
});
