import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP, cli } from './testCli';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'netpol-canvas-cli-'));
});

describe.concurrent('usage errors exit 2 with one message and a pointer to the help', () => {
  it.each([
    [[], /^Usage: netpol-canvas <command>/],
    [['rech', APP], /^netpol-canvas: unknown command 'rech' \(did you mean reach\?\)\n/],
    [
      ['reach', APP, '--prot', '80'],
      /^netpol-canvas reach: unknown flag --prot \(did you mean --port or --protocol\?\)\n/,
    ],
    [
      ['reach', APP, '--port', '0'],
      /^netpol-canvas reach: --port must be a number from 1 to 65535, not '0'\n/,
    ],
    [
      ['explain', APP, '--from', 'web', '--to', 'db', '--port', '80', '--protocol', 'ICMP'],
      /--protocol must be TCP, UDP or SCTP, not 'ICMP'/,
    ],
    [
      ['explain', APP, '--from', 'web', '--port', '80'],
      /^netpol-canvas explain: missing --to <pod\|IP>\n/,
    ],
    [['check', APP], /^netpol-canvas check: missing --expect EXPECT.yaml\n/],
    [['export'], /^netpol-canvas export: no input file/],
    [
      ['validate', 'no-such-file.yaml'],
      /^netpol-canvas validate: cannot read no-such-file.yaml: no such file\n/,
    ],
    [
      ['reach', 'src/model'],
      /^netpol-canvas reach: cannot read src\/model: no \.yaml, \.yml or \.json file in this directory\n/,
    ],
  ])('%j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe.concurrent('help', () => {
  it('prints the command list and each command help on stdout, exit 0', async () => {
    const [main, reach, explain] = await Promise.all([
      cli(['--help']),
      cli(['help', 'reach']),
      cli(['explain', '--help']),
    ]);
    expect(main.code).toBe(0);
    for (const name of ['reach', 'explain', 'validate', 'export', 'check']) {
      expect(main.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    expect(reach.stdout).toMatch(/^Usage: netpol-canvas reach FILE\.\.\. \[--port N\]/);
    expect(reach.stdout).toContain('--json');
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('--from POD|IP');
  });
});

describe.concurrent('bad input never prints a stack trace', () => {
  it('reports a binary file as invalid input, exit 1', async () => {
    const binary = join(scratch, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff]));
    const run = await cli(['reach', binary]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${binary}: not a text file`);
  });

  it('stops a YAML bomb with an error in the validate format', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const run = await cli(['reach', '--json', '-'], lines.join('\n'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^-:\d+:\d+: .+\n/);
  });

  it('reports a YAML syntax error with its place, exit 1', async () => {
    const run = await cli(['export', '-'], 'kind: NetworkPolicy\nspec: [\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^-:\d+:\d+: /);
    expect(run.stderr).toContain('netpol-canvas export: invalid input (1 error');
  });
});

describe('when an argument is a directory', () => {
  it('reads its .yaml, .yml and .json files, recursively, sorted, hidden ones skipped', async () => {
    const dir = join(scratch, 'manifests');
    mkdirSync(join(dir, 'apps', 'web'), { recursive: true });
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, 'apps', 'web', 'app.yaml'), readFileSync(APP));
    writeFileSync(join(dir, 'b-cm.yml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\n');
    writeFileSync(join(dir, '.github', 'ci.yml'), 'on: push\n');
    writeFileSync(join(dir, 'README.md'), '# not read\n');
    const run = await cli(['validate', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').map((line) => line.split(': ')[0])).toEqual([
      join(dir, 'b-cm.yml'),
      `${join(dir, 'b-cm.yml')}:1:1`,
      '',
    ]);
  });
});
