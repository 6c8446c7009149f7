/**
 * `--help`, `help CMD` and usage errors answer from the entry of the built command alone
 * (scripts/buildCli.mjs): what the commands do is a second file, loaded only when one runs.
 * Here that file is taken away, so any of these that loaded it would fail.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS_FILE, cliBuild } from '../../scripts/buildCli.mjs';
import { APP, cli, ROOT } from './testCli';
import { COMMANDS } from './commands';

let bin = '';
let entry = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'netpol-canvas-help-'));
  mkdirSync(join(root, 'bin'));
  bin = join(root, 'bin', 'netpol-canvas.mjs');
  copyFileSync(join(ROOT, 'bin', 'netpol-canvas.mjs'), bin);
  entry = await cliBuild(join(root, 'dist-cli'));
  rmSync(join(root, 'dist-cli', COMMANDS_FILE));
}, 60_000);

async function run(args: readonly string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the entry of the built command, without what the commands do', () => {
  it.each([
    [['--help']],
    [['help', 'reach']],
    [['reach', '--help']],
    [['diff', '--help']],
    [['reach', APP, '--bogus']],
    [['rech', APP]],
    [['--version']],
  ])('answers %j as main does', async (args) => {
    expect(await run(args)).toEqual(await cli(args));
  });

  it('says it failed when a command runs', async () => {
    const ran = await run(['reach', APP]);
    expect(ran.code).toBe(70);
    expect(ran.stderr).toMatch(/^netpol-canvas: internal error: /);
  });

  it('holds no YAML parser', () => {
    expect(readFileSync(entry, 'utf8')).not.toContain('YAMLException');
  });
});

describe('the help of each command', () => {
  it('is the help of the command that runs under its name, in the same order', async () => {
    const listed = (await cli(['--help'])).stdout.match(/^ {2}[a-z]+(?= {2})/gm) ?? [];
    expect(listed.map((line) => line.trim())).toEqual([
      ...COMMANDS.map((c) => c.spec.name),
      'help',
    ]);
  });
});
