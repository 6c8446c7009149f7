import { describe, expect, it } from 'vitest';
import { APP, cli, FIXTURES as F } from '../testCli';

describe.concurrent('check', () => {
  it('passes when every expectation holds: only the summary, exit 0', async () => {
    const run = await cli(['check', APP, '--expect', `${F}/three-tier-expect.yaml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('10 passed, 0 failed\n');
  });

  it('prints each failed expectation with its explanation, then N passed, N failed; exit 1', async () => {
    const run = await cli(['check', APP, '--expect', `${F}/three-tier-expect-wrong.yaml`]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('FAIL '))).toEqual([
      'FAIL expectations[1]: expected prod/web → prod/db on TCP port 3306 to be allowed',
      'FAIL expectations[2]: expected dev/api → prod/db on TCP port 3306 to be allowed',
      'FAIL expectations[3]: expected prod/api → prod/db on TCP port 3306 to be blocked',
    ]);
    expect(lines).toContain(
      '  dev/api → prod/db on TCP port 3306: BLOCKED by the ingress check at prod/db',
    );
    expect(lines.at(-2)).toBe('1 passed, 3 failed');
    expect(lines.at(-1)).toBe('');
  });

  it('rejects a malformed expectations file with the item index, exit 1', async () => {
    const expectations = [
      '- {from: prod/web, to: prod/api, port: 5000, allowed: true}',
      '- {from: prod/wbe, to: prod/api, port: 99999, allowed: maybe}',
      '- {from: prod/web, to: prod/api, port: 80, protocol: ICMP, allowed: true}',
    ].join('\n');
    const run = await cli(['check', APP, '--expect', '-'], expectations);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      '-: [1].port: must be a number from 1 to 65535, not 99999',
      "-: [1].allowed: must be true or false, not 'maybe'",
      "-: [2].protocol: must be TCP, UDP or SCTP, not 'ICMP'",
      'netpol-canvas check: invalid expectations (3 errors, 0 warnings)',
      '',
    ]);
  });

  it('rejects an expectation naming an unknown pod', async () => {
    const run = await cli(
      ['check', APP, '--expect', '-'],
      '[{from: prod/wbe, to: prod/api, port: 80, allowed: true}]',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("-: [0].from: unknown pod 'prod/wbe' (did you mean prod/web");
  });
});
