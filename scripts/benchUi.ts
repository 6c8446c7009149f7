/**
 * `npm run bench:ui`: how the page feels on large clusters, measured in a
 * real Chromium at 1440×900 and 1920×1080. Builds the app once
 * (`dist-bench`), serves it, opens generated clusters through "Open file"
 * and prints figures with PASS/MISS against the targets of issue 9. A
 * benchmark, not a test: a miss never fails the run (exit 1 only when the
 * script itself breaks). `BENCH_ONLY=200,1000,dump` picks the scenarios,
 * `BENCH_VIEWPORT=1920x1080` (or a comma-separated list) the window sizes;
 * the dump runs at the first size only.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromium, errors } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { generateCluster } from '../src/engine/__fixtures__/generate';
import { serializeDocument } from '../src/io/index';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { kubectlDump } from './benchUi/kubectlDump';
import { fitFigures, heapMb } from './benchUi/pageFigures';
import {
  clickToInspector,
  dragPan,
  editToCanvas,
  focusKey,
  expandAll,
  openFile,
  openPage,
} from './benchUi/scenarios';
import { buildAndServe } from './benchUi/server';

interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** `BENCH_VIEWPORT`: window sizes such as `1440x900,1920x1080` (the default). */
function viewports(): Viewport[] {
  const sizes = (process.env.BENCH_VIEWPORT ?? '1440x900,1920x1080').split(',');
  return sizes.map((size) => {
    const [width, height] = size.trim().split('x').map(Number);
    if (!Number.isInteger(width) || !Number.isInteger(height) || !width || !height) {
      throw new Error(`BENCH_VIEWPORT: "${size}" is not WIDTHxHEIGHT`);
    }
    return { width, height };
  });
}

function sizeName({ width, height }: Viewport): string {
  return `${String(width)}x${String(height)}`;
}

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** One figure: its value, and PASS/MISS when it has a target (`value <= target`, or `>=`). */
function figure(
  what: string,
  value: number | null,
  unit: string,
  target?: { op: '<' | '>='; limit: number },
): void {
  const shown = value === null ? 'n/a' : `${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`;
  let verdict = '';
  if (target !== undefined) {
    const ok = value !== null && (target.op === '<' ? value < target.limit : value >= target.limit);
    verdict = `${ok ? 'PASS' : 'MISS'} (target ${target.op} ${String(target.limit)} ${unit})`;
  }
  say(`  ${what.padEnd(52)} ${shown.padStart(12)}  ${verdict}`.trimEnd());
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  } catch (_noProc) {
    return os.cpus()[0]?.model ?? 'unknown';
  }
}

async function cluster200(browser: Browser, url: string, size: Viewport): Promise<void> {
  const doc = generateCluster({ pods: 200, policies: 90, namespaces: 11, seed: 1 });
  say(`\n200 workloads, 90 policies, 11 namespaces (${sizeName(size)})`);
  const page = await openPage(browser, url, size.width, size.height);
  try {
    const opened = await openFile(page, 'cluster-200.yaml', serializeDocument(doc));
    figure('file chosen → first workload painted', opened.firstPaint, 'ms', {
      op: '<',
      limit: 1500,
    });
    figure('file chosen → laid out and fitted (±0.2 s)', opened.settled, 'ms');
    figure('longest task while opening', opened.during.longestTask, 'ms');
    const fit = await fitFigures(page, doc.workloads.length);
    const share = fit.total === 0 ? 0 : (100 * fit.onScreen) / fit.total;
    figure(
      `${fit.what} on screen after the fit (${String(fit.onScreen)} of ${String(fit.total)})`,
      share,
      '%',
      { op: '>=', limit: 80 },
    );
    figure('name height after the fit', fit.nameHeight, 'px', { op: '>=', limit: 9 });
    const pan = await dragPan(page);
    figure('drag-pan: longest task', pan?.longestTask ?? null, 'ms', { op: '<', limit: 50 });
    figure('drag-pan: longest frame gap', pan?.longestGap ?? null, 'ms');
    // The same questions once every namespace is open: every card and line drawn.
    await expanded(page, 50);
    figure('JS heap (main thread, after GC)', await heapMb(page), 'MB');
  } finally {
    await page.context().close();
  }
}

/** Pan, click and delete once every namespace is expanded; `panLimit`: the pan's target (ms). */
async function expanded(page: Page, panLimit: number): Promise<void> {
  say('  every namespace expanded:');
  const expanding = await expandAll(page);
  figure(
    'Expand all: longest task (until drawn and fitted)',
    expanding?.longestTask ?? null,
    'ms',
    {
      op: '<',
      limit: 50,
    },
  );
  figure('Expand all: longest frame gap', expanding?.longestGap ?? null, 'ms');
  const open = await dragPan(page);
  figure('drag-pan: longest task', open?.longestTask ?? null, 'ms', { op: '<', limit: panLimit });
  figure('drag-pan: longest frame gap', open?.longestGap ?? null, 'ms');
  const click = await clickToInspector(page);
  figure('node click → Inspector shows it', click.inspector, 'ms', { op: '<', limit: 100 });
  figure('node click: longest task (its paths drawn too)', click.longestTask, 'ms', {
    op: '<',
    limit: 50,
  });
  const edit = await editToCanvas(page);
  figure('delete a policy → canvas updated', edit.canvas, 'ms', { op: '<', limit: 200 });
  figure('delete a policy: longest task (its lines at rest)', edit.longestTask, 'ms', {
    op: '<',
    limit: 50,
  });
  const focus = await focusKey(page);
  figure('before F: the lines drawn rest after', focus.linesRest, 'ms');
  figure('focus (F) → longest task', focus.tasks?.longestTask ?? null, 'ms', {
    op: '<',
    limit: 50,
  });
  figure('focus (F): longest frame gap', focus.tasks?.longestGap ?? null, 'ms');
}

async function cluster1000(browser: Browser, url: string, size: Viewport): Promise<void> {
  const doc = generateCluster({ pods: 1000, policies: 300, namespaces: 50, seed: 1 });
  say(`\n1,000 workloads, 300 policies, 50 namespaces (${sizeName(size)})`);
  const page = await openPage(browser, url, size.width, size.height);
  try {
    const opened = await openFile(page, 'cluster-1000.yaml', serializeDocument(doc));
    figure('file chosen → first node painted', opened.firstPaint, 'ms', { op: '<', limit: 3000 });
    figure('file chosen → laid out and fitted (±0.2 s)', opened.settled, 'ms');
    figure('longest task while opening', opened.during.longestTask, 'ms');
    const pan = await dragPan(page);
    figure('drag-pan: longest task', pan?.longestTask ?? null, 'ms', { op: '<', limit: 100 });
    figure('drag-pan: longest frame gap', pan?.longestGap ?? null, 'ms');
    await expanded(page, 100);
    figure('JS heap (main thread, after GC)', await heapMb(page), 'MB');
  } finally {
    await page.context().close();
  }
}

async function dump(browser: Browser, url: string, size: Viewport): Promise<void> {
  const doc = generateCluster({ pods: 2000, policies: 1000, namespaces: 100, seed: 9 });
  const { yaml, pods } = kubectlDump(doc);
  const mb = (yaml.length / 2 ** 20).toFixed(1);
  say(
    `\nkubectl dump: ${String(pods)} pods (${String(doc.workloads.length)} workloads), 1,000 policies, ${mb} MB (${sizeName(size)})`,
  );
  const page = await openPage(browser, url, size.width, size.height);
  try {
    const opened = await openFile(page, 'cluster-dump.yaml', yaml);
    say(
      `  import progress shown${' '.repeat(32)}${opened.progressShown ? 'yes  PASS' : 'no  MISS'}`,
    );
    figure('longest main-thread task, file chosen → overview', opened.during.longestTask, 'ms', {
      op: '<',
      limit: 100,
    });
    figure('longest frame gap, file chosen → overview', opened.during.longestGap, 'ms');
    figure('file chosen → first node painted', opened.firstPaint, 'ms');
    figure('file chosen → overview drawn and fitted (±0.2 s)', opened.settled, 'ms', {
      op: '<',
      limit: 10_000,
    });
    figure('JS heap (main thread, after GC)', await heapMb(page), 'MB');
  } finally {
    await page.context().close();
  }
}

const SCENARIOS = { '200': cluster200, '1000': cluster1000, dump } as const;

/** The dump (the longest scenario) runs at the first size only. */
const FIRST_SIZE_ONLY: ReadonlySet<string> = new Set(['dump']);

async function main(): Promise<void> {
  const only = (process.env.BENCH_ONLY ?? '200,1000,dump').split(',');
  const sizes = viewports();
  const executablePath = findChromium();
  say(`netpol-canvas bench:ui, ${new Date().toISOString()}`);
  say(
    `${cpuModel()}, ${String(os.cpus().length)} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const served = await buildAndServe();
  let browser: Browser | null = null;
  const stop = () => {
    served.stop();
  };
  process.once('SIGINT', stop);
  try {
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    });
    say(`Chromium ${browser.version()}`);
    for (const [name, run] of Object.entries(SCENARIOS)) {
      if (!only.includes(name)) continue;
      for (const size of FIRST_SIZE_ONLY.has(name) ? sizes.slice(0, 1) : sizes) {
        try {
          await run(browser, served.url, size);
        } catch (error) {
          // A page that never gets there is a miss, not a broken benchmark: the next one runs.
          if (!(error instanceof errors.TimeoutError)) throw error;
          say(`  MISS: gave up waiting (${error.message.split('\n')[0] ?? ''})`);
        }
      }
    }
  } finally {
    await browser?.close();
    stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:ui broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
