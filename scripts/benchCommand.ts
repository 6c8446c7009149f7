/**
 * The command end to end, as a user runs it (`npm run bench` calls it after the engine
 * figures): the bundle built afresh, `--help`, and `reach --json` for one port on a
 * generated 1,000-pod, 300-policy file, next to per-pair evaluators that read the same file
 * and print the same JSON (scripts/perPairReach.ts). Wall times of whole processes, median of
 * several runs; output goes to a file. Figures only: PASS/MISS against the targets of issue 11.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io/index';
import { cliBuild } from './buildCli.mjs';

const ROOT = new URL('..', import.meta.url);
const PORT = '8080';

interface Timed {
  readonly ms: number;
  readonly output: string;
}

/** Median wall time of `runs` runs of `node args…`, stdout to a file; the last output. */
function timed(dir: string, runs: number, args: readonly string[]): Timed {
  const out = join(dir, 'out');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fd = openSync(out, 'w');
    const t0 = performance.now();
    const run = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], cwd: dir });
    times.push(performance.now() - t0);
    closeSync(fd);
    if (run.status !== 0)
      throw new Error(`${args.join(' ')}: exit ${String(run.status)}: ${String(run.stderr)}`);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, output: readFileSync(out, 'utf8') };
}

function row(what: string, figure: string, note = ''): void {
  process.stdout.write(`  ${what.padEnd(52)} ${figure.padStart(14)}  ${note}`.trimEnd() + '\n');
}

const fmt = (ms: number): string =>
  ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean, target: string): string =>
  `${ok ? 'PASS' : 'MISS'} (target ${target})`;

export async function benchCommand(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'netpol-canvas-bench-'));
  mkdirSync(join(dir, 'bin'));
  const bin = join(dir, 'bin', 'netpol-canvas.mjs');
  copyFileSync(new URL('bin/netpol-canvas.mjs', ROOT), bin);
  await cliBuild(join(dir, 'dist-cli'));
  const perPair = join(dir, 'per-pair.mjs');
  await build({
    entryPoints: [new URL('scripts/perPairReach.ts', ROOT).pathname],
    outfile: perPair,
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    logLevel: 'warning',
  });
  const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 42 });
  const file = join(dir, 'cluster.yaml');
  writeFileSync(file, serializeDocument(doc));
  const size = (readFileSync(file).length / 2 ** 20).toFixed(1);

  process.stdout.write(`\nthe command, end to end (node ${bin} …)\n`);
  const bare = timed(dir, 9, ['-e', '0']);
  row('node -e 0 (Node.js start, for scale)', fmt(bare.ms));
  const help = timed(dir, 9, [bin, '--help']);
  row('netpol-canvas --help', fmt(help.ms), verdict(help.ms < 150, '< 150 ms'));
  const args = [bin, 'reach', '--json', '--port', PORT, file];
  const reach = timed(dir, 5, args);
  row(
    `reach --json --port ${PORT}, 1,000 pods, 300 policies`,
    fmt(reach.ms),
    `${verdict(reach.ms < 500, '< 500 ms')}; ${size} MB in, ${(reach.output.length / 2 ** 20).toFixed(0)} MB out`,
  );
  const compiled = timed(dir, 3, [perPair, 'verdict', file, PORT]);
  const oracle = timed(dir, 1, [perPair, 'oracle', file, PORT]);
  for (const [name, other] of [
    ['per-pair: naive oracle, every policy for every pair', oracle],
    ['per-pair: compiled policies, isTrafficAllowed', compiled],
  ] as const) {
    const same =
      JSON.stringify(JSON.parse(other.output)) === JSON.stringify(JSON.parse(reach.output));
    const times = other.ms / reach.ms;
    row(name, fmt(other.ms), `${times.toFixed(1)}× the command${same ? '' : '; OUTPUT DIFFERS'}`);
  }
  row(
    '  command vs naive oracle',
    `${(oracle.ms / reach.ms).toFixed(0)}×`,
    verdict(oracle.ms / reach.ms >= 15, '≥ 15×, aim 50×'),
  );
}
