/**
 * Runs the real command as a user does: `node bin/netpol-canvas.mjs …` from the
 * repository root, for the CLI tests. Each spawn costs ~0.4 s, so those tests
 * run concurrently and each checks a whole behaviour.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = 'src/cli/__fixtures__';
/** Namespaces x, y, z with pods a, b, c, as in the upstream e2e tests (see the file). */
export const E2E = `${FIXTURES}/e2e-cluster.yaml`;
/** The three-tier application of the product brief. */
export const APP = `${FIXTURES}/three-tier.yaml`;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Resolves with what the command printed; rejects if it ever printed a stack trace. */
export function cli(args: readonly string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/netpol-canvas.mjs', ...args], { cwd: ROOT });
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
      // Whatever happens, a user never sees a stack trace.
      if (/^\s+at /m.test(run.stderr)) reject(new Error(`stack trace printed:\n${run.stderr}`));
      else resolve(run);
    });
    child.stdin.end(input ?? '');
  });
}
