/**
 * The command as it is installed, built afresh from the sources under test: the bundle
 * (scripts/buildCli.mjs) next to a copy of `bin/netpol-canvas.mjs`, in a temporary folder,
 * so that the smoke tests of the binary never run a stale `dist-cli`.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBuild } from '../../scripts/buildCli.mjs';

let built: Promise<string> | undefined;

/** The path of the built `bin/netpol-canvas.mjs`, built once per test file. */
export function builtBin(): Promise<string> {
  built ??= (async () => {
    const root = mkdtempSync(join(tmpdir(), 'netpol-canvas-bin-'));
    mkdirSync(join(root, 'bin'));
    const bin = join(root, 'bin', 'netpol-canvas.mjs');
    copyFileSync(new URL('../../bin/netpol-canvas.mjs', import.meta.url), bin);
    await cliBuild(join(root, 'dist-cli'));
    return bin;
  })();
  return built;
}
