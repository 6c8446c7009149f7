/**
 * Smoke tests of the built command (`node bin/netpol-canvas.mjs`, plain JavaScript):
 * the other CLI tests run it in-process, so these check that the binary prints
 * and exits exactly as `main` does.
 */
import { describe, expect, it } from 'vitest';
import { APP, cli, cliProcess } from './testCli';

describe.concurrent('the installed command', () => {
  it('prints the help on stdout and exits 0', async () => {
    const [real, inProcess] = await Promise.all([cliProcess(['--help']), cli(['--help'])]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/^Usage: netpol-canvas <command>/);
    expect(real).toEqual(inProcess);
  });

  it('prints the reachability of a fixture file as main does, exit 0', async () => {
    const args = ['reach', APP, '--port', '5432'];
    const [real, inProcess] = await Promise.all([cliProcess(args), cli(args)]);
    expect(real.code).toBe(0);
    expect(real.stdout).not.toBe('');
    expect(real).toEqual(inProcess);
  });

  it('exits 2 on a usage error with one message on stderr', async () => {
    const run = await cliProcess(['rech', APP]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^netpol-canvas: unknown command 'rech' \(did you mean reach\?\)\n/);
  });
});
