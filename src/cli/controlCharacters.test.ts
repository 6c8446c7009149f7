/**
 * A name, kind or namespace in an input file (or a flag value, or a file name) may hold
 * what a terminal acts on: ESC sequences that clear the screen and home the cursor, CR,
 * BEL, C1 controls (U+009B is a one-character ESC [), U+2028. No command prints them raw.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP, cli, ROOT } from './testCli';

/** Clears the screen, homes the cursor and prints a fake "ok"; then CR, BEL, U+2028, CSI. */
const HOSTILE = '\u001b[2J\u001b[Hok\r\u0007\u2028\u009b31m';
const ESCAPED = '\\u001b[2J\\u001b[Hok\\r\\u0007\\u2028\\u009b31m';
// eslint-disable-next-line no-control-regex -- the characters under test
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;

/** One run's exit code, and stdout and stderr together. */
async function run(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const { code, stdout, stderr } = await cli(args);
  return { code, output: stdout + stderr };
}

let scratch = '';
let design = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'netpol-canvas-controls-'));
  design = join(scratch, 'design.yaml');
  const external = [
    'apiVersion: netpol-canvas.dev/v1alpha1',
    'kind: ExternalEndpoint',
    'metadata:',
    '  name: backup',
    `  annotations: {netpol-canvas.dev/name: ${JSON.stringify(`backup${HOSTILE}`)}}`,
    'spec: {cidr: 192.168.5.10/32}',
  ].join('\n');
  const skipped = [
    'apiVersion: v1',
    `kind: ${JSON.stringify(`ConfigMap${HOSTILE}`)}`,
    `metadata: {name: ${JSON.stringify(`cm${HOSTILE}`)}, namespace: ${JSON.stringify(HOSTILE)}}`,
  ].join('\n');
  const app = readFileSync(join(ROOT, APP), 'utf8');
  writeFileSync(design, `${app}\n---\n${external}\n---\n${skipped}\n`);
});

describe('when input names, flags or file names hold control characters', () => {
  it('escapes the "is not read; skipped" warning of a kind it skips', async () => {
    const { code, output } = await run(['validate', design]);
    expect(code).toBe(0);
    expect(output).not.toMatch(UNPRINTABLE);
    expect(output).toContain(`warning: ConfigMap${ESCAPED} ${ESCAPED}/cm${ESCAPED} (v1)`);
  });

  it('escapes the endpoints of check expectations, failed or unknown', async () => {
    const expect1 = join(scratch, 'expect.yaml');
    writeFileSync(
      expect1,
      [
        `- {from: prod/db, to: ${JSON.stringify(`backup${HOSTILE}`)}, port: 22, allowed: false}`,
        `- {from: ${JSON.stringify(`prod/web${HOSTILE}`)}, to: prod/db, port: 3306, allowed: false}`,
      ].join('\n'),
    );
    const unknown = await run(['check', design, '--expect', expect1]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).not.toMatch(UNPRINTABLE);
    expect(unknown.output).toContain(`unknown pod 'prod/web${ESCAPED}'`);

    writeFileSync(
      expect1,
      `- {from: prod/db, to: ${JSON.stringify(`backup${HOSTILE}`)}, port: 22, allowed: true}\n`,
    );
    const failed = await run(['check', design, '--expect', expect1]);
    expect(failed.code).toBe(1);
    expect(failed.output).not.toMatch(UNPRINTABLE);
    expect(failed.output).toContain(`FAIL [0] (${expect1}:1): expected prod/db → backup${ESCAPED}`);
  });

  it('escapes explain flag values and unknown commands or flags', async () => {
    const runs = await Promise.all([
      run(['explain', design, '--from', `web${HOSTILE}`, '--to', 'db', '--port', '80']),
      run(['explain', design, '--from', 'web', '--to', 'db', '--port', `x${HOSTILE}`]),
      run(['explain', design, '--from', 'web', '--to', 'db', '--port', '1', `--${HOSTILE}`]),
      run([`reach${HOSTILE}`]),
    ]);
    for (const { code, output } of runs) {
      expect(code).not.toBe(0);
      expect(output).not.toMatch(UNPRINTABLE);
      expect(output).toContain(ESCAPED);
    }
  });

  it('escapes a file name, in issues and in read errors', async () => {
    const named = join(scratch, `bad${HOSTILE}.yaml`);
    writeFileSync(named, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: Bad}\n');
    const runs = await Promise.all([
      run(['validate', named]),
      run(['reach', join(scratch, `missing${HOSTILE}.yaml`)]),
    ]);
    for (const { code, output } of runs) {
      expect(code).not.toBe(0);
      expect(output).not.toMatch(UNPRINTABLE);
      expect(output).toContain(ESCAPED);
    }
  });
});
