import { NETWORK_PLUGINS, networkPluginParse } from '../../engine';
import { useEditorApi, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectPlugin = (s: EditorState) => s.networkPlugin;

/** The cluster's network plugin: it decides whether the policies are enforced at all. */
export function NetworkPluginSelect() {
  const api = useEditorApi();
  const plugin = useEditorStore(selectPlugin);
  return (
    <label
      className="plugin-select"
      title="The network plugin enforces NetworkPolicies; Flannel and none do not"
    >
      Network plugin
      <select
        value={plugin}
        onChange={(e) => {
          const picked = networkPluginParse(e.target.value);
          if (picked !== null) api.getState().setNetworkPlugin(picked);
        }}
      >
        {NETWORK_PLUGINS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
