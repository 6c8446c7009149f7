/**
 * What only a real process shows: standard output on a full disk or a closed pipe, and
 * inputs without a size (a device, an endless pipe on standard input).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bytesReadLimited } from './inputBytes';
import { builtBin } from './testBuild';
import { APP, ROOT } from './testCli';

interface Ended {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the binary with `stdout` as given; `feed` writes to its standard input. */
async function spawned(
  args: readonly string[],
  options: { stdout?: number; closedReader?: boolean; feed?: boolean } = {},
): Promise<Ended> {
  const bin = await builtBin();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: ROOT,
      stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // A reader that has gone before the first line, as `| head -0` or a closed pager.
    if (options.closedReader === true) child.stdout?.destroy();
    const { stdin, stderr: errors } = child;
    if (stdin === null || errors === null) throw new Error('spawned without pipes');
    errors.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    stdin.on('error', () => undefined); // EPIPE once the command stops reading: expected
    if (options.feed !== true) {
      stdin.end();
      return;
    }
    const line = Buffer.from('y\n'.repeat(1 << 19)); // 1 MiB, an endless `yes`
    const more = (): void => {
      while (!stdin.destroyed && stdin.write(line));
      if (!stdin.destroyed) stdin.once('drain', more);
    };
    more();
  });
}

describe.concurrent('when standard output cannot be written', () => {
  it('says so in one line on a full disk (> /dev/full), exit 74, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await spawned(['export', APP], { stdout: full });
      expect(run.code).toBe(74);
      expect(run.stderr).toBe(
        'netpol-canvas: cannot write to standard output: no space left on device (ENOSPC)\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('stops quietly with 141, as after SIGPIPE, when the reader goes away (| head)', async () => {
    const run = await spawned(['export', APP], { closedReader: true });
    expect(run.code).toBe(141);
    expect(run.stderr).toBe('');
  });
});

describe.concurrent('when an input has no size to check first', () => {
  it('stops reading a device at the limit, with the size refusal (/dev/zero)', async () => {
    const run = await spawned(['validate', '/dev/zero']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('/dev/zero: file too large (the limit is 256 MiB)\n');
  });

  it('stops reading an endless standard input at the limit (yes | validate -)', async () => {
    const run = await spawned(['validate', '-'], { feed: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('-: file too large (the limit is 256 MiB)\n');
  });

  it('reads a stream up to the limit and no further', async () => {
    let pulled = 0;
    function* endless(): Generator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    expect(await bytesReadLimited(Readable.from(endless()), 10_000)).toBeNull();
    expect(pulled).toBe(11);
    function* short(): Generator<Uint8Array | string> {
      yield 'kind: ';
      yield new TextEncoder().encode('Pod');
    }
    expect(
      new TextDecoder().decode((await bytesReadLimited(Readable.from(short()), 9)) ?? undefined),
    ).toBe('kind: Pod');
  });
});
