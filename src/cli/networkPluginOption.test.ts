import { describe, expect, it } from 'vitest';
import { connectionGetsThrough, NETWORK_PLUGINS } from '../engine';
import { APP, cli, E2E, FIXTURES } from './testCli';

type Allowed = Record<string, Record<string, boolean>>;

async function allowedWith(plugin: string | null): Promise<Allowed[]> {
  const flags = plugin === null ? [] : ['--network-plugin', plugin];
  const run = await cli(['reach', E2E, '--json', ...flags]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { results: { allowed: Allowed }[] }).results.map(
    (r) => r.allowed,
  );
}

describe.concurrent('--network-plugin', () => {
  it.each(NETWORK_PLUGINS.map((p) => [p.id]))(
    'reach with %s gives every cell as the app does (connectionGetsThrough)',
    async (plugin) => {
      const [policies, withPlugin] = await Promise.all([allowedWith(null), allowedWith(plugin)]);
      const expected = policies.map((allowed) =>
        Object.fromEntries(
          Object.entries(allowed).map(([from, row]) => [
            from,
            Object.fromEntries(
              Object.entries(row).map(([to, ok]) => [to, connectionGetsThrough(plugin, ok)]),
            ),
          ]),
        ),
      );
      expect(withPlugin).toEqual(expected);
    },
  );

  it('says on stderr, once, that flannel enforces no policy; stdout stays the data', async () => {
    const run = await cli(['reach', APP, '--json', '--network-plugin', 'flannel']);
    expect(run.stderr).toBe(
      'netpol-canvas: With Flannel, NetworkPolicies are accepted by the API server but not enforced: every connection is allowed. (Canal, which runs Calico for policy next to Flannel, does enforce them.)\n',
    );
    expect(JSON.parse(run.stdout)).toHaveProperty('results');
  });

  it('explains a blocked connection as allowed, not enforced, with what the policies say', async () => {
    const args = ['explain', APP, '--from', 'prod/web', '--to', 'prod/db', '--port', '3306'];
    const [text, json, plain] = await Promise.all([
      cli([...args, '--network-plugin', 'none']),
      cli([...args, '--network-plugin', 'none', '--json']),
      cli([...args, '--json']),
    ]);
    expect(text.stdout).toMatch(
      /^prod\/web → prod\/db on TCP port 3306: ALLOWED: not enforced with no network plugin \(the policies would block it/,
    );
    const verdict = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(verdict).toMatchObject({
      allowed: true,
      networkPlugin: 'none',
      enforced: false,
      policiesAllow: false,
    });
    expect(Object.keys(verdict)).toEqual([
      'traffic',
      'allowed',
      'egress',
      'ingress',
      'networkPlugin',
      'enforced',
      'policiesAllow',
    ]);
    // Without the flag the verdict object is as before.
    expect(Object.keys(JSON.parse(plain.stdout) as object)).toEqual([
      'traffic',
      'allowed',
      'egress',
      'ingress',
    ]);
  });

  it('checks expectations against what gets through: blocked ones fail with flannel', async () => {
    const expect_ = `${FIXTURES}/three-tier-expect.yaml`;
    const [calico, flannel] = await Promise.all([
      cli(['check', APP, '--expect', expect_, '--network-plugin', 'calico']),
      cli(['check', APP, '--expect', expect_, '--network-plugin', 'flannel']),
    ]);
    expect(calico.code).toBe(0);
    expect(flannel.code).toBe(1);
    expect(flannel.stdout).toMatch(/\n\d+ passed, [1-9]\d* failed\n$/);
    expect(flannel.stdout).toContain('ALLOWED: not enforced with Flannel');
  });
});
