import { describe, expect, it } from 'vitest';
import type { NetworkPlugin } from './networkPlugin';
import {
  DEFAULT_NETWORK_PLUGIN,
  NETWORK_PLUGINS,
  connectionGetsThrough,
  enforces,
  networkPluginBanner,
  networkPluginParse,
} from './networkPlugin';

const ENFORCING: NetworkPlugin[] = [
  'calico',
  'cilium',
  'antrea',
  'kube-router',
  'weave-net',
  'romana',
];
const NOT_ENFORCING: NetworkPlugin[] = ['flannel', 'none'];

describe('the network plugins', () => {
  it('are Calico, Cilium, Antrea, kube-router, Weave Net, Romana, Flannel and none', () => {
    expect(NETWORK_PLUGINS.map((p) => p.name)).toEqual([
      'Calico',
      'Cilium',
      'Antrea',
      'kube-router',
      'Weave Net',
      'Romana',
      'Flannel',
      'None',
    ]);
  });

  it('assume an enforcing plugin until the user picks one', () => {
    expect(enforces(DEFAULT_NETWORK_PLUGIN)).toBe(true);
  });
});

describe.each(ENFORCING)('with %s', (plugin) => {
  it('enforces the policies', () => {
    expect(enforces(plugin)).toBe(true);
  });

  it('shows no banner', () => {
    expect(networkPluginBanner(plugin)).toBeNull();
  });

  it('lets through only what the policies allow', () => {
    expect(connectionGetsThrough(plugin, true)).toBe(true);
    expect(connectionGetsThrough(plugin, false)).toBe(false);
  });
});

describe.each(NOT_ENFORCING)('with %s', (plugin) => {
  it('does not enforce the policies', () => {
    expect(enforces(plugin)).toBe(false);
  });

  it('says plainly that the policies are accepted but not enforced', () => {
    expect(networkPluginBanner(plugin)).toContain(
      'accepted by the API server but not enforced: every connection is allowed',
    );
  });

  it('lets every connection through, even one the policies block', () => {
    expect(connectionGetsThrough(plugin, false)).toBe(true);
    expect(connectionGetsThrough(plugin, true)).toBe(true);
  });
});

describe('when a plugin is named by its id', () => {
  it('finds every plugin by its own id', () => {
    for (const { id } of NETWORK_PLUGINS) expect(networkPluginParse(id)).toBe(id);
  });

  it('finds nothing for a name it does not know, or for a display name', () => {
    expect(networkPluginParse('canal')).toBeNull();
    expect(networkPluginParse('Weave Net')).toBeNull();
    expect(networkPluginParse('')).toBeNull();
  });
});

describe('the Flannel banner', () => {
  it('names Flannel and points at Canal for enforcement', () => {
    const banner = networkPluginBanner('flannel') ?? '';
    expect(banner).toMatch(/^With Flannel, NetworkPolicies are accepted/);
    expect(banner).toContain('Canal');
  });
});
