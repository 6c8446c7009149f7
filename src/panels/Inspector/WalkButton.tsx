import { useEditorApi } from '../../store';
import type { WalkRequest } from '../../store';

/** Starts the walk of an explained connection on the canvas and opens the Walk panel. */
export function WalkButton({ walk }: { walk: WalkRequest }) {
  const api = useEditorApi();
  return (
    <button
      type="button"
      className="explanation-walk"
      onClick={() => {
        const state = api.getState();
        state.startWalk(walk);
        state.openPanel('walk');
      }}
    >
      ▶ Walk this connection
    </button>
  );
}
