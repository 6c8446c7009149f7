/**
 * `npm run bench`: speed and memory figures of the engine on generated clusters
 * (src/engine/__fixtures__/generate.ts), next to the naive per-pair oracle.
 * Figures only: PASS/MISS against the targets of issue 2 is printed, never
 * enforced. Run with `node --expose-gc --import tsx scripts/bench.ts` so that
 * heap figures are taken after a garbage collection.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Doc, PodKey, Protocol } from '../src/model/index';
import {
  buildMatrix,
  compilePolicies,
  createEvaluator,
  declaredPorts,
  isTrafficAllowed,
  matrixAllows,
} from '../src/engine/index';
import { generateCluster, seededRandom } from '../src/engine/__fixtures__/generate';
import { naiveAllowed } from '../src/engine/__fixtures__/naiveEvaluator';
import { benchCommand } from './benchCommand';

interface Size {
  readonly pods: number;
  readonly namespaces: number;
  readonly policies: number;
  /** Target for compile + one full matrix, in ms. */
  readonly targetMs: number;
}

const SIZES: readonly Size[] = [
  { pods: 1000, namespaces: 50, policies: 300, targetMs: 100 },
  { pods: 5000, namespaces: 100, policies: 1000, targetMs: 2000 },
];

/** The port the bench's single matrix is for: the API tier's. */
const PORT = 8080;
const PROTOCOL: Protocol = 'TCP';

const gc = (globalThis as { gc?: () => void }).gc;

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Median wall time of `runs` calls, in ms, and the last result. */
function timed<T>(runs: number, f: () => T): { ms: number; value: T } {
  const times: number[] = [];
  let value = f(); // warm-up, not counted
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, value };
}

function heapMb(): number {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const fmtMs = (ms: number): string => (ms < 1 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(1)} ms`);
function row(what: string, figure: string, note = ''): void {
  say(`  ${what.padEnd(52)} ${figure.padStart(14)}  ${note}`.trimEnd());
}

/** A copy of `doc` with one policy replaced and, separately, one pod relabelled. */
function edits(doc: Doc): { policyChanged: Doc; labelChanged: Doc } {
  const at = Math.floor(doc.policies.length / 2);
  const policy = doc.policies[at];
  if (policy === undefined) throw new Error('bench needs policies');
  const changed = {
    ...policy,
    spec: { ...policy.spec, podSelector: { matchLabels: { tier: 'db' } } },
  };
  const policyChanged = {
    ...doc,
    policies: doc.policies.map((p, i) => (i === at ? changed : p)),
  };
  const w = Math.floor(doc.workloads.length / 3);
  const labelChanged = {
    ...policyChanged,
    workloads: policyChanged.workloads.map((x, i) =>
      i === w ? { ...x, labels: { ...x.labels, tier: 'cache' } } : x,
    ),
  };
  return { policyChanged, labelChanged };
}

function benchSize(size: Size): void {
  const doc = generateCluster({ ...size, seed: 42 });
  const n = doc.workloads.length;
  say(`\n${n} pods, ${doc.namespaces.length} namespaces, ${doc.policies.length} policies`);

  const heapBefore = heapMb();
  const compile = timed(size.pods > 2000 ? 3 : 9, () => compilePolicies(doc));
  const index = compile.value;
  const matrix = timed(size.pods > 2000 ? 3 : 9, () => buildMatrix(index, PORT, PROTOCOL));
  const total = compile.ms + matrix.ms;
  const heapAfter = heapMb();
  row('compilePolicies', fmtMs(compile.ms));
  row(`buildMatrix, all ${n}×${n} pairs, ${PORT}/${PROTOCOL}`, fmtMs(matrix.ms));
  row(
    'compile + one full matrix',
    fmtMs(total),
    `${total < size.targetMs ? 'PASS' : 'MISS'} (target < ${size.targetMs} ms)`,
  );

  let allowedPairs = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (matrixAllows(matrix.value, i, j)) allowedPairs++;
  const isolated = (g: Int32Array): number => g.filter((x) => x >= 0).length;
  row(
    '  pods isolated for ingress / egress',
    `${isolated(index.ingress.groupOf)} / ${isolated(index.egress.groupOf)}`,
    `of ${n}; ${((100 * allowedPairs) / (n * n)).toFixed(1)}% of pairs allowed on ${PORT}`,
  );

  const ports = declaredPorts(doc);
  const all = timed(1, () => ports.map((p) => buildMatrix(index, p.port, p.protocol)));
  row(`buildMatrix for all ${ports.length} declared ports`, fmtMs(all.ms));

  const rnd = seededRandom(7);
  const pairs = Array.from({ length: 20000 }, () => {
    const from = index.pods[Math.floor(rnd() * n)] as PodKey;
    const to = index.pods[Math.floor(rnd() * n)] as PodKey;
    return { from, to };
  });
  const calls = timed(3, () => {
    let allowed = 0;
    for (const { from, to } of pairs) {
      const v = isTrafficAllowed(index, {
        from: { kind: 'pod', key: from },
        to: { kind: 'pod', key: to },
        port: PORT,
        protocol: PROTOCOL,
      });
      if (v.allowed) allowed++;
    }
    return allowed;
  });
  row(
    'isTrafficAllowed, per call (with explanation)',
    `${((calls.ms / pairs.length) * 1000).toFixed(2)} µs`,
  );

  const evaluator = createEvaluator();
  evaluator.compile(doc);
  const { policyChanged, labelChanged } = edits(doc);
  const t0 = performance.now();
  evaluator.compile(policyChanged);
  const t1 = performance.now();
  const relabelled = evaluator.compile(labelChanged);
  const t2 = performance.now();
  row('createEvaluator: recompile after one policy edit', fmtMs(t1 - t0));
  row('createEvaluator: recompile after one pod label edit', fmtMs(t2 - t1));
  const fresh = timed(1, () => buildMatrix(compilePolicies(labelChanged), PORT, PROTOCOL)).value;
  const incremental = buildMatrix(relabelled, PORT, PROTOCOL);
  const same = fresh.allowed.every((word, i) => word === incremental.allowed[i]);
  row('  incremental matrix equals a fresh compile', same ? 'yes' : 'NO');

  row(
    'heap held by the index + one matrix',
    `${(heapAfter - heapBefore).toFixed(1)} MB`,
    gc === undefined ? '(no --expose-gc: rough)' : '',
  );
  row('one matrix bitset', `${(matrix.value.allowed.byteLength / 2 ** 10).toFixed(0)} KB`);

  // The oracle on a sample of the same pairs, extrapolated to all n² pairs.
  const sample = pairs.slice(0, size.pods > 2000 ? 300 : 2000);
  const naive = timed(1, () =>
    sample.map(({ from, to }) => naiveAllowed(doc, from, to, PORT, PROTOCOL)),
  );
  const perPair = naive.ms / sample.length;
  const at = (k: PodKey): number => matrix.value.pods.indexOf(k);
  const disagree = sample.filter(
    ({ from, to }, i) => matrixAllows(matrix.value, at(from), at(to)) !== naive.value[i],
  ).length;
  row(`naive oracle, per pair (${sample.length} sampled)`, `${(perPair * 1000).toFixed(1)} µs`);
  row(
    'naive oracle, all pairs (extrapolated)',
    `${((perPair * n * n) / 1000).toFixed(0)} s`,
    `${((perPair * n * n) / total).toFixed(0)}× the engine (compile + matrix)`,
  );
  row('  sampled pairs where engine and oracle differ', String(disagree));
}

say('netpol-canvas engine benchmark');
say(
  `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, node ${process.version}`,
);
say(
  gc === undefined ? 'heap: rough (start with --expose-gc for figures after GC)' : 'heap: after GC',
);
for (const size of SIZES) benchSize(size);
await benchCommand();
