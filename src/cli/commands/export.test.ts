import { describe, expect, it } from 'vitest';
import { APP, cli, LIVE_DUMP } from '../testCli';

describe.concurrent('export', () => {
  it('writes the policies, and reading that back through stdin gives the same bytes', async () => {
    const first = await cli(['export', APP]);
    expect(first.code).toBe(0);
    expect(first.stdout.startsWith('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n')).toBe(
      true,
    );
    expect(first.stdout.match(/^kind: NetworkPolicy$/gm)).toHaveLength(4);
    expect(first.stdout).not.toContain('kind: Namespace');
    const second = await cli(['export', '-'], first.stdout);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('writes the whole model with --all, and that round-trips too', async () => {
    const first = await cli(['export', '--all', APP]);
    expect(first.stdout).toContain('kind: Namespace');
    expect(first.stdout).toContain('kind: ExternalEndpoint');
    const second = await cli(['export', '--all', '-'], first.stdout);
    expect(second.stdout).toBe(first.stdout);
    const reach = await cli(['reach', '--json', '-'], first.stdout);
    expect(reach.stdout).toBe((await cli(['reach', '--json', APP])).stdout);
  });

  it('writes the replicas of a live dump as one workload each with --all', async () => {
    const first = await cli(['export', '--all', LIVE_DUMP]);
    expect(first.code).toBe(0);
    expect(first.stdout.match(/^kind: \w+$/gm)).toEqual([
      'kind: Namespace',
      'kind: Namespace',
      'kind: Deployment',
      'kind: StatefulSet',
      'kind: Deployment',
      'kind: Deployment',
      'kind: Pod',
      'kind: Pod',
      'kind: Job',
      'kind: DaemonSet',
      'kind: NetworkPolicy',
      'kind: NetworkPolicy',
    ]);
    const second = await cli(['export', '--all', '-'], first.stdout);
    expect(second.stdout).toBe(first.stdout);
    const reach = await cli(['reach', '--json', '-'], first.stdout);
    expect(reach.stdout).toBe((await cli(['reach', '--json', LIVE_DUMP])).stdout);
  });
});
