import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP, cli, E2E, FIXTURES as F, ROOT } from '../testCli';

describe.concurrent('validate', () => {
  it('prints one FILE:LINE:COL: PATH: message line per problem, exit 1', async () => {
    const run = await cli(['validate', `${F}/invalid.yaml`]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const places = lines.map((line) => /^(\S+?:\d+:\d+: [^:]+): /.exec(line)?.[1]);
    expect(places).toEqual([
      `${F}/invalid.yaml:5:3: metadata.name`,
      `${F}/invalid.yaml:11:9: spec.podSelector.matchExpressions[0].operator`,
      `${F}/invalid.yaml:16:13: spec.ingress[0].from[0].ipBlock.cidr`,
      `${F}/invalid.yaml:18:11: spec.ingress[0].ports[0].protocol`,
      `${F}/invalid.yaml:20:11: spec.ingress[0].ports[1].port`,
      `${F}/invalid.yaml:21:3: spec.egres`,
    ]);
    expect(lines[1]).toContain('Equals');
    expect(run.stderr).toBe('netpol-canvas validate: 1 file: 6 errors, 0 warnings\n');
  });

  it('prints nothing on stdout for valid files, exit 0', async () => {
    const run = await cli(['validate', APP, E2E]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').length).toBe(2);
  });

  it('counts what it read in words that agree with the number', async () => {
    const input = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: x}\nspec: {podSelector: {}}\n`;
    const run = await cli(['validate', '-'], input);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'netpol-canvas validate: 1 file ok: 1 policy, 0 workloads, 1 namespace\n',
    );
  });

  it('reports every problem of a file in one run, past a broken document', async () => {
    const input = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: Bad, namespace: x}',
      'spec: {podSelector: {}}',
      '---',
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      '  name: [unclosed',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicyList',
      'items:',
      '  - metadata: {name: p, namespace: x}',
      '    spec: {podSelector: {}, policyTypes: [ingress]}',
      '',
    ].join('\n');
    const run = await cli(['validate', '-'], input);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').map((line) => line.split(': ')[0])).toEqual([
      '-:3:12',
      '-:10:1',
      '-:15:43',
      '',
    ]);
    expect(run.stdout).toContain('YAML syntax error');
    expect(run.stdout).toContain('did you mean "Ingress"?');
  });

  it('marks warnings and still exits 0 when there is no error', async () => {
    const input = `${readFileSync(join(ROOT, APP), 'utf8')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: web, namespace: prod}\n`;
    const run = await cli(['validate', '-'], input);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^-:\d+:\d+: (\S+: )?warning: .*ConfigMap/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses an unquoted yes/no/on/off/y/n where text is expected, as kubectl does; others warn', async () => {
    const input = [
      'apiVersion: v1',
      'kind: Namespace',
      'metadata: {name: prod, labels: {team: yes}}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web, namespace: prod, labels: {tier: "on"}}',
      'spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}',
      '',
    ].join('\n');
    const run = await cli(['validate', '-'], input);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '-:3:39: metadata.labels.team: must be a string, not a boolean: kubectl reads an unquoted yes as true (YAML 1.1) and the API server rejects it: write "yes" in quotes\n',
    );
    expect(run.stderr).toBe('netpol-canvas validate: 1 file: 1 error, 0 warnings\n');
    const reach = await cli(['reach', '-'], input);
    expect(reach.code).toBe(0);
    expect(reach.stderr).toMatch(/^netpol-canvas: 1 warning in the input/);
  });
});
