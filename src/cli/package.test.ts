/**
 * The command as a user installs it: `npm pack`, then `npm install -g` of the tarball into a
 * temporary prefix, offline (the bundle has no dependencies, so nothing is fetched), then
 * `netpol-canvas` from another folder. Its answers are the in-process command's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP, cli, FIXTURES, ROOT } from './testCli';

interface Packed {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

const npm = (args: readonly string[], cwd: string): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

let scratch = '';
let packed: Packed;
let command = '';

/** Runs the installed command in the scratch folder; stdout, stderr and exit code. */
function installed(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'netpol-canvas-pack-'));
  const [first] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], ROOT)) as [
    Packed,
  ];
  packed = first;
  const prefix = join(scratch, 'prefix');
  npm(['install', '-g', '--offline', '--prefix', prefix, join(scratch, packed.filename)], scratch);
  command = join(prefix, 'bin', 'netpol-canvas');
  for (const name of ['three-tier.yaml', 'invalid.yaml']) {
    copyFileSync(join(ROOT, FIXTURES, name), join(scratch, name));
  }
}, 120_000);

describe('the packed command', () => {
  it('holds the launcher and the bundle, and depends on nothing', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'README.md',
      'bin/netpol-canvas.mjs',
      'dist-cli/netpol-canvas-commands.mjs',
      'dist-cli/netpol-canvas.mjs',
      'package.json',
    ]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: unknown;
    };
    // The app's libraries are devDependencies: Vite and esbuild bundle what each side needs.
    expect(manifest.dependencies).toBeUndefined();
  });

  it('installs offline and validates a file from another folder, with file:line:col', () => {
    const ok = installed(['validate', 'three-tier.yaml']);
    expect(ok.code).toBe(0);
    const bad = installed(['validate', 'invalid.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      'invalid.yaml:16:13: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33"',
    );
  });

  it('prints the reachability the in-process command prints', async () => {
    const run = installed(['reach', 'three-tier.yaml', '--json', '--port', '3306']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await cli(['reach', APP, '--json', '--port', '3306'])).stdout);
    expect(installed(['--version']).stdout).toMatch(/^netpol-canvas \d+\.\d+\.\d+\n$/);
  });
});
