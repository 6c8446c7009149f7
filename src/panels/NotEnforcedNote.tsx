import { enforces, notEnforcedWith } from '../engine';
import { useEditorStore } from '../store';
import type { EditorState } from '../store';

const selectPlugin = (s: EditorState) => s.networkPlugin;

/**
 * Said in every view of traffic when the network plugin does not enforce
 * NetworkPolicies, so that no view contradicts another: the connection gets
 * through, and `then` says what the view shows instead (what the policies
 * would do on a cluster that enforces them). Nothing when the plugin enforces.
 */
export function NotEnforcedNote({ then }: { then: string }) {
  const plugin = useEditorStore(selectPlugin);
  if (enforces(plugin)) return null;
  return (
    <p className="explanation-unenforced" role="note">
      Not enforced {notEnforcedWith(plugin)}: every connection gets through. {then}
    </p>
  );
}
