/**
 * The cluster's network plugin, which is what enforces NetworkPolicies: "Network
 * policies are implemented by the network plugin ... Creating a NetworkPolicy
 * resource without a controller that implements it will have no effect."
 * (kubernetes.io/docs/concepts/services-networking/network-policies/#prerequisites).
 *
 * Sources for each plugin:
 * - Antrea, Calico, Cilium, kube-router: kubernetes.io "Declare Network Policy"
 *   lists them as providers that support NetworkPolicy, each with an install page
 *   under kubernetes.io/docs/tasks/administer-cluster/network-policy-provider/.
 * - Romana ("a Layer 3 networking solution for pod networks that also supports the
 *   NetworkPolicy API") and Weave Net ("provides networking and network policy"):
 *   kubernetes.io/docs/concepts/cluster-administration/addons/.
 * - Flannel: its README says "Flannel is focused on networking. For network policy,
 *   other projects such as Calico can be used." (github.com/flannel-io/flannel);
 *   Calico's "Install Calico for policy and flannel (aka Canal) for networking"
 *   adds enforcement to a Flannel cluster.
 */

export type NetworkPlugin =
  'calico' | 'cilium' | 'antrea' | 'kube-router' | 'weave-net' | 'romana' | 'flannel' | 'none';

export interface NetworkPluginInfo {
  readonly id: NetworkPlugin;
  /** As the project writes its name. */
  readonly name: string;
  /** Whether it enforces NetworkPolicy: blocks what the policies do not allow. */
  readonly enforces: boolean;
}

/** In the order a settings menu lists them: those that enforce first. */
export const NETWORK_PLUGINS: readonly NetworkPluginInfo[] = [
  { id: 'calico', name: 'Calico', enforces: true },
  { id: 'cilium', name: 'Cilium', enforces: true },
  { id: 'antrea', name: 'Antrea', enforces: true },
  { id: 'kube-router', name: 'kube-router', enforces: true },
  { id: 'weave-net', name: 'Weave Net', enforces: true },
  { id: 'romana', name: 'Romana', enforces: true },
  { id: 'flannel', name: 'Flannel', enforces: false },
  { id: 'none', name: 'None', enforces: false },
];

/** The plugin the app assumes until the user picks one: policies are enforced. */
export const DEFAULT_NETWORK_PLUGIN: NetworkPlugin = 'calico';

function infoOf(plugin: NetworkPlugin): NetworkPluginInfo {
  const info = NETWORK_PLUGINS.find((p) => p.id === plugin);
  if (info === undefined) throw new Error(`unknown network plugin ${plugin}`);
  return info;
}

/** Whether `plugin` enforces NetworkPolicy. */
export function enforces(plugin: NetworkPlugin): boolean {
  return infoOf(plugin).enforces;
}

/** The plugin an id names (a saved setting, a URL parameter), or null. */
export function networkPluginParse(text: string): NetworkPlugin | null {
  return NETWORK_PLUGINS.find((p) => p.id === text)?.id ?? null;
}

/** `with Flannel`, `with no network plugin`: what lets every connection through. */
export function notEnforcedWith(plugin: NetworkPlugin): string {
  return plugin === 'none' ? 'with no network plugin' : `with ${infoOf(plugin).name}`;
}

/**
 * The plain banner shown when the policies have no effect, or null when the
 * plugin enforces them.
 */
export function networkPluginBanner(plugin: NetworkPlugin): string | null {
  switch (plugin) {
    case 'flannel':
      return (
        'With Flannel, NetworkPolicies are accepted by the API server but not enforced: every ' +
        'connection is allowed. (Canal, which runs Calico for policy next to Flannel, does ' +
        'enforce them.)'
      );
    case 'none':
      return (
        'With no network plugin that enforces them, NetworkPolicies are accepted by the API ' +
        'server but not enforced: every connection is allowed.'
      );
    default:
      return null;
  }
}

/** Whether a connection the policies allow (`allowed`) or block actually gets through with `plugin`. */
export function connectionGetsThrough(plugin: NetworkPlugin, allowed: boolean): boolean {
  return allowed || !enforces(plugin);
}
