/**
 * Builds the `netpol-canvas` command into two plain JavaScript files in `dist-cli/`:
 * `netpol-canvas.mjs`, what `--help`, `help CMD` and usage errors need (the dispatch, the
 * flags and help of every command, about 20 KB), and `netpol-canvas-commands.mjs`, what the
 * commands do (src/cli/commands.ts with the engine, io and js-yaml bundled in), which the first
 * imports only when a command runs: Node.js reads and compiles 230 KB of JavaScript in about
 * 40 ms, which `--help` no longer pays. The command starts without a TypeScript loader and its
 * package needs no dependencies. Runs on `npm install` / `npm ci` / `npm pack` (the `prepare`
 * script); tests build their own copy with `cliBuild(dir)`.
 *
 * esbuild rather than Vite's library mode: it is already installed (Vite and tsx use it),
 * bundles for Node in one call in about 0.3 s, and needs no config file. Two builds rather
 * than esbuild's code splitting: splitting puts every module that both halves import, and all
 * that those import, into a shared chunk that `--help` would load too.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The file of what the commands do, next to the entry. */
export const COMMANDS_FILE = 'netpol-canvas-commands.mjs';

/** `import('./commands')` in src/cli/main.ts loads the other file at run time. */
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands$/ }, () => ({
      path: `./${COMMANDS_FILE}`,
      external: true,
    }));
  },
};

/**
 * The engine, io and model layers are pure (importing a module of theirs does nothing), so
 * the entry keeps only what it uses of them (a list of network plugins, a text escape) and
 * not, say, js-yaml's schemas, which are built when their module is evaluated.
 */
const pureLayers = {
  name: 'pure-layers',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'pure-layers') return undefined;
      const found = await b.resolve(path, {
        importer,
        resolveDir,
        kind,
        pluginData: 'pure-layers',
      });
      if (found.errors.length > 0 || !/[\\/]src[\\/](engine|io|model)[\\/]/.test(found.path))
        return found;
      return { path: found.path, namespace: found.namespace, sideEffects: false };
    });
  },
};

const OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  minify: true,
  // No keepNames: an internal error says `TypeError: …` from the error's `name`, which minifying
  // leaves alone (OutputError sets its own), and keeping names wrapped every closure made in
  // a loop in a call that defines its `name`, thousands of them on a large file.
  legalComments: 'eof',
  logLevel: 'warning',
};

/** Writes the command to `outdir` and returns the path of its entry, `netpol-canvas.mjs`. */
export async function cliBuild(outdir = `${ROOT}dist-cli`) {
  const outfile = `${outdir}/netpol-canvas.mjs`;
  await Promise.all([
    build({
      ...OPTIONS,
      entryPoints: ['src/cli/main.ts'],
      outfile,
      plugins: [commandsApart, pureLayers],
    }),
    build({
      ...OPTIONS,
      entryPoints: ['src/cli/commands.ts'],
      outfile: `${outdir}/${COMMANDS_FILE}`,
    }),
  ]);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await cliBuild();
