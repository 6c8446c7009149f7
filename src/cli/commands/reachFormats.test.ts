import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { describe, expect, it } from 'vitest';
import { APP, cli, E2E } from '../testCli';

type Allowed = Record<string, Record<string, boolean>>;
type Reach = { results: { port: number; protocol: string; allowed: Allowed }[] };

async function reachJson(args: readonly string[]): Promise<Reach> {
  const run = await cli(['reach', ...args, '--output', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Reach;
}

describe.concurrent('reach --output csv', () => {
  it('prints one line per ordered pair and port, the same verdicts as json', async () => {
    const [csv, json] = await Promise.all([
      cli(['reach', E2E, '--output', 'csv']),
      reachJson([E2E]),
    ]);
    expect(csv.code).toBe(0);
    const [header, ...lines] = csv.stdout.trimEnd().split('\n');
    expect(header).toBe('from,to,port,protocol,allowed');
    const fromJson = json.results.flatMap((r) =>
      Object.entries(r.allowed).flatMap(([from, row]) =>
        Object.entries(row).map(([to, ok]) => `${from},${to},${r.port},${r.protocol},${ok}`),
      ),
    );
    expect(lines).toEqual(fromJson);
    expect(lines).toContain('y/b,x/a,80,TCP,true');
    expect(lines).toContain('y/a,x/a,80,TCP,false');
  });
});

describe.concurrent('reach --output md', () => {
  it('prints a heading, a Markdown table (rows from, columns to) and the counts', async () => {
    const run = await cli(['reach', APP, '--port', '3306', '--output', 'md', '--ascii']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '### TCP port 3306',
        '',
        '| from \\\\ to | prod/web | prod/api | prod/db | dev/api | test/api |',
        '| --- | :-: | :-: | :-: | :-: | :-: |',
        '| prod/web | X | X | X | X | X |',
        '| prod/api | X | X | . | X | X |',
        '| prod/db | X | X | X | X | X |',
        '| dev/api | X | X | X | . | . |',
        '| test/api | X | X | X | . | . |',
        '',
        'TCP port 3306: 5 of 25 pairs allowed, 20 blocked.',
        '',
      ].join('\n'),
    );
  });
});

describe('reach --output dot', () => {
  it('renders with Graphviz: namespaces as clusters, allowed edges labelled with ports', async () => {
    const run = await cli(['reach', APP, '--output', 'dot']);
    expect(run.code).toBe(0);
    const graphviz = await Graphviz.load();
    // Graphviz itself (compiled to WebAssembly) lays it out, or throws on a syntax error.
    const svg = graphviz.dot(run.stdout, 'svg');
    for (const cluster of ['cluster_prod', 'cluster_dev', 'cluster_test']) {
      expect(svg).toContain(`<title>${cluster}</title>`);
    }
    expect(run.stdout).toContain('subgraph "cluster_prod" {\n    label="prod";\n');
    expect(run.stdout).toContain('  "prod/api" -> "prod/db" [label="TCP 3306"];\n');
    expect(run.stdout).toContain(
      '  "dev/api" -> "test/api" [label="TCP 80, TCP 3306, TCP 5000"];\n',
    );
    // Blocked pairs have no edge; nor does a workload to itself.
    expect(run.stdout).not.toContain('"prod/web" -> "prod/db"');
    expect(run.stdout).not.toMatch(/"(dev\/api)" -> "\1"/);
  });

  it('escapes names and keeps only the focused workload and its peers with --focus', async () => {
    const run = await cli(['reach', APP, '--output', 'dot', '--focus', 'prod/db']);
    expect(run.stdout).toContain('"prod/api" -> "prod/db"');
    expect(run.stdout).not.toContain('dev/api');
    const graphviz = await Graphviz.load();
    expect(() => graphviz.dot(run.stdout, 'svg')).not.toThrow();
  });
});

describe.concurrent('reach --focus WORKLOAD', () => {
  it('prints the row and the column of the workload as two columns', async () => {
    const run = await cli(['reach', E2E, '--port', '80', '--focus', 'x/a']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'TCP port 80, connections of x/a (✓ allowed, ✗ blocked)',
        'pod  x/a → pod  pod → x/a',
        'x/a  ✗          ✗',
        'x/b  ✗          ✗',
        'x/c  ✗          ✗',
        'y/a  ✓          ✗',
        'y/b  ✓          ✓',
        'y/c  ✓          ✗',
        'z/a  ✓          ✗',
        'z/b  ✓          ✗',
        'z/c  ✓          ✗',
        'TCP port 80: x/a may open connections to 6 of 9 pods and accept them from 1 of 9',
        '',
      ].join('\n'),
    );
  });

  it('keeps the same cells in json and csv as the whole matrix has', async () => {
    const [whole, focused, csv] = await Promise.all([
      reachJson([E2E, '--port', '80']),
      reachJson([E2E, '--port', '80', '--focus', 'y/b']),
      cli(['reach', E2E, '--port', '80', '--focus', 'y/b', '--output', 'csv']),
    ]);
    const all = whole.results[0]!.allowed;
    const kept = focused.results[0]!.allowed;
    expect(kept['y/b']).toEqual(all['y/b']);
    expect(kept['x/a']).toEqual({ 'y/b': all['x/a']!['y/b'] });
    expect(Object.keys(kept)).toEqual(Object.keys(all));
    const lines = csv.stdout.trimEnd().split('\n').slice(1);
    expect(lines).toHaveLength(9 + 8);
    expect(lines.every((l) => /^y\/b,|^[^,]+,y\/b,/.test(l))).toBe(true);
  });

  it('takes a name found in one namespace only, and refuses an unknown one, exit 1', async () => {
    const [short, unknown] = await Promise.all([
      cli(['reach', APP, '--port', '80', '--focus', 'db']),
      cli(['reach', APP, '--port', '80', '--focus', 'prod/dbb']),
    ]);
    expect(short.stdout).toMatch(/^TCP port 80, connections of prod\/db /);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^netpol-canvas reach: --focus: unknown pod 'prod\/dbb'/);
  });
});

describe.concurrent('reach output usage errors, exit 2', () => {
  it.each([
    [['--output', 'yaml'], "--output must be one of table, json, csv, md, dot, not 'yaml'"],
    [['--json', '--output', 'csv'], '--json and --output csv ask for two formats'],
    [
      ['--network-plugin', 'weave'],
      "--network-plugin must be one of calico, cilium, antrea, kube-router, weave-net, romana, flannel, none, not 'weave'",
    ],
  ])('%j', async (flags, message) => {
    const run = await cli(['reach', APP, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`netpol-canvas reach: ${message}\n`);
  });
});
