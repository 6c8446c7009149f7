import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP, cli, E2E, LIVE_DUMP, ROOT } from '../testCli';

type Reach = {
  results: { port: number; protocol: string; allowed: Record<string, Record<string, boolean>> }[];
};

const PODS = ['x/a', 'x/b', 'x/c', 'y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c'];

describe.concurrent('reach', () => {
  it('prints exactly the results shape for every declared port, every ordered pair in document order', async () => {
    const run = await cli(['reach', E2E, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('}]}\n')).toBe(true);
    const reach = JSON.parse(run.stdout) as Reach;
    expect(Object.keys(reach)).toEqual(['results']);
    // Every container port of the pods, sorted by port then TCP, UDP, SCTP.
    expect(reach.results.map((r) => `${r.port}/${r.protocol}`)).toEqual([
      '80/TCP',
      '80/UDP',
      '80/SCTP',
      '81/TCP',
      '81/UDP',
      '81/SCTP',
    ]);
    for (const result of reach.results) {
      expect(Object.keys(result)).toEqual(['port', 'protocol', 'allowed']);
      expect(Object.keys(result.allowed)).toEqual(PODS);
      for (const from of PODS) expect(Object.keys(result.allowed[from]!)).toEqual(PODS);
    }
    const tcp80 = reach.results[0]!.allowed;
    // x/allow-from-y-b: x/a accepts TCP 80 from pod b of namespace y (one peer: AND) ...
    expect(tcp80['y/b']!['x/a']).toBe(true);
    // ... not from another pod of y, nor from b of another namespace, nor from itself.
    expect(tcp80['y/a']!['x/a']).toBe(false);
    expect(tcp80['z/b']!['x/a']).toBe(false);
    expect(tcp80['x/a']!['x/a']).toBe(false);
    // x/deny-all-ingress: x/b accepts nothing, not even from itself.
    expect(PODS.map((from) => tcp80[from]!['x/b'])).toEqual(PODS.map(() => false));
    // y/egress-except-z-b: y/a reaches 10.0.0.0/16 but not z/b's IP 10.0.3.2.
    expect(tcp80['y/a']!['z/b']).toBe(false);
    expect(tcp80['y/a']!['z/a']).toBe(true);
    expect(tcp80['y/a']!['y/a']).toBe(true);
    // z/named-ports: serve-80-tcp resolves to TCP 80 on z/c; z/c talking to itself counts.
    expect(tcp80['x/a']!['z/c']).toBe(true);
    expect(tcp80['z/c']!['z/c']).toBe(true);
    const byName = Object.fromEntries(
      reach.results.map((r) => [`${r.port}/${r.protocol}`, r.allowed]),
    );
    // serve-81-udp is UDP 81 only; TCP 81 and UDP 80 stay blocked at z/c.
    expect(byName['81/UDP']!['x/a']!['z/c']).toBe(true);
    expect(byName['81/TCP']!['x/a']!['z/c']).toBe(false);
    expect(byName['80/UDP']!['x/a']!['z/c']).toBe(false);
    // x/allow-from-y-b names TCP 80 only.
    expect(byName['80/UDP']!['y/b']!['x/a']).toBe(false);
    const count = (allowed: Record<string, Record<string, boolean>>) =>
      Object.values(allowed)
        .flatMap((row) => Object.values(row))
        .filter(Boolean).length;
    expect(reach.results.map((r) => count(r.allowed))).toEqual([54, 44, 44, 44, 53, 44]);
  });

  it('gives one result for --port, TCP unless --protocol says otherwise (any case)', async () => {
    const [tcp, udp] = await Promise.all([
      cli(['reach', E2E, '--json', '--port', '81']),
      cli(['reach', E2E, '--json', '--port=81', '--protocol', 'udp']),
    ]);
    const tcpReach = JSON.parse(tcp.stdout) as Reach;
    const udpReach = JSON.parse(udp.stdout) as Reach;
    expect(tcpReach.results.map((r) => [r.port, r.protocol])).toEqual([[81, 'TCP']]);
    expect(udpReach.results.map((r) => [r.port, r.protocol])).toEqual([[81, 'UDP']]);
    expect(udpReach.results[0]!.allowed['y/c']!['z/c']).toBe(true);
    expect(tcpReach.results[0]!.allowed['y/c']!['z/c']).toBe(false);
  });

  it('prints a table with rows from and columns to, a legend and the counts', async () => {
    const run = await cli(['reach', E2E, '--port', '80']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'TCP port 80 (rows: from, columns: to; ✓ allowed, ✗ blocked)',
        'from \\ to x/a x/b x/c y/a y/b y/c z/a z/b z/c',
        'x/a         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'x/b         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'x/c         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'y/a         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✗   ✓',
        'y/b         ✓   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'y/c         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'z/a         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'z/b         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'z/c         ✗   ✗   ✗   ✓   ✓   ✓   ✓   ✓   ✓',
        'TCP port 80: 54 of 81 pairs allowed, 27 blocked',
        '',
      ].join('\n'),
    );
  });

  it('reads standard input for - and gives the same answer as the file', async () => {
    const [fromFile, fromStdin] = await Promise.all([
      cli(['reach', APP, '--json']),
      cli(['reach', '-', '--json'], readFileSync(join(ROOT, APP))),
    ]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const reach = JSON.parse(fromFile.stdout) as Reach;
    expect(reach.results.map((r) => `${r.port}/${r.protocol}`)).toEqual([
      '80/TCP',
      '3306/TCP',
      '5000/TCP',
    ]);
    const mysql = reach.results[1]!.allowed;
    expect(mysql['prod/api']!['prod/db']).toBe(true);
    expect(mysql['dev/api']!['prod/db']).toBe(false);
    expect(mysql['prod/web']!['prod/db']).toBe(false);
  });

  it('names the replicas of a live dump once, after their controller', async () => {
    const run = await cli(['reach', LIVE_DUMP, '--json', '--port', '6379']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "netpol-canvas: 1 warning in the input ('netpol-canvas validate' lists them)\n",
    );
    const redis = (JSON.parse(run.stdout) as Reach).results[0]!.allowed;
    expect(Object.keys(redis)).toEqual([
      'shop/frontend',
      'shop/redis',
      'shop/cart',
      'shop/checkout',
      'shop/checkout-6c7d8e9f5-j6k7l',
      'shop/debug',
      'shop/migrate',
      'monitoring/node-exporter',
    ]);
    // shop/redis-from-frontend: the three frontend replicas are one row.
    expect(redis['shop/frontend']!['shop/redis']).toBe(true);
    expect(redis['shop/cart']!['shop/redis']).toBe(false);
  });
});
