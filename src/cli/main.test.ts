import { describe, expect, it } from 'vitest';
import type { CliContext } from './context';
import { chunkText } from './context';
import { main } from './main';
import { OutputError } from './outputError';

function context(readStdin: () => Promise<Uint8Array>, failOut = false) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    stdout: {
      write: (text) =>
        failOut
          ? Promise.reject(new TypeError('boom\n    at somewhere'))
          : Promise.resolve(void out.push(chunkText(text))),
    },
    stderr: { write: (text) => Promise.resolve(void err.push(chunkText(text))) },
    readStdin,
    stdoutIsTTY: false,
  };
  return { ctx, out, err };
}

describe('when something unexpected throws inside a command', () => {
  it('prints one internal-error line and exits 70', async () => {
    const { ctx, out, err } = context(() => Promise.resolve(new Uint8Array()), true);
    expect(await main(['reach', '--help'], ctx)).toBe(70);
    expect(out).toEqual([]);
    expect(err).toEqual(['netpol-canvas: internal error: TypeError: boom\n']);
  });
});

describe('when run in-process', () => {
  it('reads standard input through the context', async () => {
    const yaml = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod}\n';
    const { ctx, out, err } = context(() => Promise.resolve(new TextEncoder().encode(yaml)));
    expect(await main(['validate', '-'], ctx)).toBe(0);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/^netpol-canvas validate: 1 file ok/);
  });

  it('prints the version', async () => {
    const { ctx, out } = context(() => Promise.resolve(new Uint8Array()));
    expect(await main(['--version'], ctx)).toBe(0);
    expect(out.join('')).toMatch(/^netpol-canvas \d+\.\d+\.\d+\n$/);
  });
});

describe('when standard output cannot be written', () => {
  const failing = (code: string) => {
    const err: string[] = [];
    const ctx: CliContext = {
      stdout: { write: () => Promise.reject(new OutputError('standard output', code)) },
      stderr: { write: (text) => Promise.resolve(void err.push(chunkText(text))) },
      readStdin: () => Promise.resolve(new Uint8Array()),
      stdoutIsTTY: false,
    };
    return { ctx, err };
  };

  it('says why in one line and exits 74 (a full disk)', async () => {
    const { ctx, err } = failing('ENOSPC');
    expect(await main(['--help'], ctx)).toBe(74);
    expect(err).toEqual([
      'netpol-canvas: cannot write to standard output: no space left on device (ENOSPC)\n',
    ]);
  });

  it('exits 141 without a word when the reader has gone (EPIPE)', async () => {
    const { ctx, err } = failing('EPIPE');
    expect(await main(['--help'], ctx)).toBe(141);
    expect(err).toEqual([]);
  });
});
