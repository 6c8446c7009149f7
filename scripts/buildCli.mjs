/**
 * Builds the `netpol-canvas` command into one plain JavaScript file,
 * `dist-cli/netpol-canvas.mjs`: src/cli with the engine, io and js-yaml bundled in, so that
 * the command starts without a TypeScript loader and its package needs no dependencies.
 * Runs on `npm install` / `npm ci` / `npm pack` (the `prepare` script); tests build their
 * own copy with `cliBuild(dir)`.
 *
 * esbuild rather than Vite's library mode: it is already installed (Vite and tsx use it),
 * bundles for Node in one call in about 0.3 s, and needs no config file.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes the bundle to `outdir/netpol-canvas.mjs` and returns its path. */
export async function cliBuild(outdir = `${ROOT}dist-cli`) {
  const outfile = `${outdir}/netpol-canvas.mjs`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    minify: true,
    // Messages name no code, but an internal error says `TypeError: …`: keep class names.
    keepNames: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await cliBuild();
