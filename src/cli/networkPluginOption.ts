/**
 * `--network-plugin P`: the cluster's network plugin, as the app's setting. With one that
 * does not enforce NetworkPolicy (Flannel, none) every connection gets through, as the app
 * shows it: the engine's `enforces` and `connectionGetsThrough` decide, not this file.
 */
import type { NetworkPlugin } from '../engine';
import {
  DEFAULT_NETWORK_PLUGIN,
  NETWORK_PLUGINS,
  networkPluginBanner,
  networkPluginParse,
} from '../engine';
import type { FlagSpec, ParsedArgs } from './args';
import { flagValue } from './args';
import type { OptionResult } from './options';

const IDS = NETWORK_PLUGINS.map((p) => p.id);

export const NETWORK_PLUGIN_FLAG: FlagSpec = {
  name: 'network-plugin',
  value: 'P',
  description: `${IDS.join(', ')} (default ${DEFAULT_NETWORK_PLUGIN}); flannel and none enforce no policy`,
};

/** The plugin `--network-plugin` names (any letter case), or the default when it is absent. */
export function networkPluginOption(args: ParsedArgs): OptionResult<NetworkPlugin> {
  const text = flagValue(args, NETWORK_PLUGIN_FLAG.name);
  if (text === undefined) return { ok: true, value: DEFAULT_NETWORK_PLUGIN };
  const plugin = networkPluginParse(text.toLowerCase());
  if (plugin !== null) return { ok: true, value: plugin };
  return {
    ok: false,
    message: `--network-plugin must be one of ${IDS.join(', ')}, not '${text}'`,
  };
}

/** The line for standard error when the plugin lets every connection through, else null. */
export function networkPluginNote(plugin: NetworkPlugin): string | null {
  const banner = networkPluginBanner(plugin);
  return banner === null ? null : `netpol-canvas: ${banner}`;
}
