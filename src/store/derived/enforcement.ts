/**
 * What actually gets through, given the cluster's network plugin. With a
 * plugin that does not enforce NetworkPolicy (Flannel, none), the API server
 * accepts the policies but every connection is allowed: the canvas lines, the
 * paths and the matrix say so. The policies themselves, their rules and the
 * explanation of what they would do stay as they are (the policy view).
 */
import type { Flow, FlowStatus } from '../../engine';
import type { NetworkPlugin } from '../../engine';
import { enforces, networkPluginBanner, notEnforcedWith } from '../../engine';
import type { EditorState } from '../editorState';
import type { FlowGroup } from './flowGroups';
import type { PathGroup } from './pathGroups';

/** Whether the network plugin enforces the policies. */
export function selectEnforced(state: EditorState): boolean {
  return enforces(state.networkPlugin);
}

/** The banner to show when the policies are not enforced, else null. */
export function selectNetworkBanner(state: EditorState): string | null {
  return networkPluginBanner(state.networkPlugin);
}

/** A blocked line's or path's reason when the plugin lets it through. */
export function notEnforcedReason(reason: string, plugin: NetworkPlugin): string {
  return `allowed: not enforced ${notEnforcedWith(plugin)} (the policies say ${reason})`;
}

function flowAllowed(flow: Flow, plugin: NetworkPlugin): Flow {
  if (flow.status === 'allowed') return flow;
  return { ...flow, status: 'allowed', reason: notEnforcedReason(flow.reason, plugin) };
}

/**
 * `groups` with each line not allowed passed through `allowed`, once per
 * list of groups and plugin; the same list when the plugin enforces.
 */
function enforcedBy<G extends { readonly status: FlowStatus }>(
  allowed: (group: G, plugin: NetworkPlugin) => G,
): (groups: readonly G[], plugin: NetworkPlugin) => readonly G[] {
  const cache = new WeakMap<readonly G[], Map<NetworkPlugin, readonly G[]>>();
  return (groups, plugin) => {
    if (enforces(plugin)) return groups;
    const byPlugin = cache.get(groups) ?? new Map<NetworkPlugin, readonly G[]>();
    cache.set(groups, byPlugin);
    let result = byPlugin.get(plugin);
    if (result === undefined) {
      result = groups.map((g) => (g.status === 'allowed' ? g : allowed(g, plugin)));
      byPlugin.set(plugin, result);
    }
    return result;
  };
}

/** `groups` as they get through with `plugin`: every line allowed when it does not enforce. */
export const flowGroupsEnforced = enforcedBy<FlowGroup>((g, plugin) => ({
  ...g,
  status: 'allowed',
  unenforced: g.status === 'partial' ? 'partial' : 'blocked',
  flows: g.flows.map((f) => flowAllowed(f, plugin)),
}));

/** The focused node's path lines as they get through with `plugin`. */
export const pathGroupsEnforced = enforcedBy<PathGroup>((g, plugin) => ({
  ...g,
  status: 'allowed',
  unenforced: g.status === 'partial' ? 'partial' : 'blocked',
  paths: g.paths.map((p) =>
    p.allowed ? p : { ...p, allowed: true, reason: notEnforcedReason(p.reason, plugin) },
  ),
}));
