/**
 * Runs the command for the CLI tests. `cli` runs it in-process through
 * `main(argv, ctx)` with collecting sinks (milliseconds a run); `cliProcess`
 * spawns the built `node bin/netpol-canvas.mjs …` as a user does (testBuild.ts),
 * kept for a few smoke tests of the binary itself. Both read files relative to
 * the repository root, where Vitest runs.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliContext } from './context';
import { chunkText } from './context';
import { main } from './main';
import { builtBin } from './testBuild';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'src/cli/__fixtures__';
/** Namespaces x, y, z with pods a, b, c, as in the upstream e2e tests (see the file). */
export const E2E = `${FIXTURES}/e2e-cluster.yaml`;
/** The three-tier application of the product brief. */
export const APP = `${FIXTURES}/three-tier.yaml`;
/** What `kubectl get ns,netpol,pods -A -o yaml` prints: replicas of Deployments and others. */
export const LIVE_DUMP = 'src/io/__fixtures__/live-dump.yaml';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Whatever happens, a user never sees a stack trace. */
function noStackTrace(run: Run): Run {
  if (/^\s+at /m.test(run.stderr)) throw new Error(`stack trace printed:\n${run.stderr}`);
  return run;
}

function bytesOf(input: string | Buffer | undefined): Uint8Array {
  if (input === undefined) return new Uint8Array();
  return typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input);
}

/**
 * Runs the command in-process, as `bin/netpol-canvas.mjs` does, with `input`
 * on standard input; resolves with what it printed and its exit code.
 * Rejects if it ever printed a stack trace.
 */
export async function cli(args: readonly string[], input?: string | Buffer): Promise<Run> {
  if (process.cwd() !== ROOT.replace(/[\\/]$/, '')) {
    throw new Error(`run the CLI tests from the repository root (${ROOT}), not ${process.cwd()}`);
  }
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    stdout: { write: (text) => Promise.resolve(void out.push(chunkText(text))) },
    stderr: { write: (text) => Promise.resolve(void err.push(chunkText(text))) },
    readStdin: () => Promise.resolve(bytesOf(input)),
    stdoutIsTTY: false,
  };
  const code = await main(args, ctx);
  return noStackTrace({ code, stdout: out.join(''), stderr: err.join('') });
}

/** Runs the real binary in a child process: for the smoke tests of the command itself. */
export async function cliProcess(args: readonly string[], input?: string | Buffer): Promise<Run> {
  const bin = await builtBin();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const run = {
        code,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      };
      try {
        resolve(noStackTrace(run));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.stdin.end(input ?? '');
  });
}
