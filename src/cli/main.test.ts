import { describe, expect, it } from 'vitest';
import type { CliContext } from './context';
import { main } from './main';

function context(readStdin: () => Promise<Uint8Array>, failOut = false) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    stdout: {
      write: (text) =>
        failOut
          ? Promise.reject(new TypeError('boom\n    at somewhere'))
          : Promise.resolve(void out.push(text)),
    },
    stderr: { write: (text) => Promise.resolve(void err.push(text)) },
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
