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
    const at = (line: number) => `(${F}/three-tier-expect-wrong.yaml:${line})`;
    expect(lines.filter((l) => l.startsWith('FAIL '))).toEqual([
      `FAIL expectations[1] ${at(4)}: expected prod/web → prod/db on TCP port 3306 to be allowed`,
      `FAIL expectations[2] ${at(5)}: expected dev/api → prod/db on TCP port 3306 to be allowed`,
      `FAIL expectations[3] ${at(6)}: expected prod/api → prod/db on TCP port 3306 to be blocked`,
    ]);
    expect(lines).toContain(
      '  dev/api → prod/db on TCP port 3306: BLOCKED by the ingress check at prod/db',
    );
    expect(lines.at(-2)).toBe('1 passed, 3 failed');
    expect(lines.at(-1)).toBe('');
  });

  it('rejects a malformed expectations file with the line, column and item index, exit 1', async () => {
    const expectations = [
      '- {from: prod/web, to: prod/api, port: 5000, allowed: true}',
      '- {from: prod/wbe, to: prod/api, port: 99999, allowed: maybe}',
      '- {from: prod/web, to: prod/api, port: 80, protocol: ICMP, allowed: true}',
    ].join('\n');
    const run = await cli(['check', APP, '--expect', '-'], expectations);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      '-:2:34: [1].port: must be a number from 1 to 65535, not 99999',
      "-:2:47: [1].allowed: must be true or false, not 'maybe'",
      "-:3:44: [2].protocol: must be TCP, UDP or SCTP, not 'ICMP'",
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
    expect(run.stderr).toContain("-:1:2: [0].from: unknown pod 'prod/wbe' (did you mean prod/web");
  });

  it("takes a port name, looked up on the destination pod's container ports", async () => {
    const run = await cli(
      ['check', APP, '--expect', '-'],
      [
        '- {from: prod/api, to: prod/db, port: mysql, allowed: true}',
        '- {from: prod/web, to: prod/db, port: mysql, allowed: true}',
        '- {from: prod/web, to: prod/db, port: nope, allowed: true}',
      ].join('\n'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      "-:3:3: [2].port: prod/db has no TCP container port named 'nope' (its named ports: TCP 3306 (mysql))",
    );
    const fixed = await cli(
      ['check', APP, '--expect', '-'],
      [
        '- {from: prod/api, to: prod/db, port: mysql, allowed: true}',
        '- {from: prod/web, to: prod/db, port: mysql, allowed: true}',
      ].join('\n'),
    );
    expect(fixed.stdout.split('\n')[0]).toBe(
      'FAIL [1] (-:2): expected prod/web → prod/db on TCP port 3306 (mysql) to be allowed',
    );
    expect(fixed.stdout).toContain('1 passed, 1 failed');
  });
});
