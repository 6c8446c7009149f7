/**
 * The app as the benchmark opens it: built once (`vite build --mode e2e`,
 * which keeps `window.__editor`) into `dist-bench`, and served by
 * `vite preview` on a free port. `stop()` ends the server's whole process group.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const OUT_DIR = 'dist-bench';

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code)}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForUrl(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error('vite preview stopped before serving');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch (_notYet) {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${String(timeoutMs)} ms`);
}

export interface Served {
  readonly url: string;
  stop: () => void;
}

export async function buildAndServe(): Promise<Served> {
  await run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', OUT_DIR, '--logLevel', 'error']);
  const port = await freePort();
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      OUT_DIR,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch (_gone) {
        // already ended
      }
    }
  };
  const url = `http://127.0.0.1:${String(port)}`;
  try {
    await waitForUrl(url, child, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
