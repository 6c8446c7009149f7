import type { MouseEvent } from 'react';
import { nodeIdOf, useEditorApi } from '../../store';
import { expandEnds } from '../collapse/expandEnds';

/**
 * Collapses a namespace into one small box, or expands it again. A control
 * of its node: Tab reaches it right after the node (`focusOrder.ts`), and a
 * click does not select the namespace.
 */
export function NamespaceToggle({ name, collapsed }: { name: string; collapsed: boolean }) {
  const api = useEditorApi();
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    const state = api.getState();
    if (collapsed) expandEnds(state, [nodeIdOf({ kind: 'namespace', name })]);
    else state.setCollapsed([name], true);
  };
  return (
    <button
      type="button"
      className="nc-node-control nc-namespace-toggle nodrag"
      aria-label={`${collapsed ? 'Expand' : 'Collapse'} namespace ${name}`}
      title={
        collapsed
          ? `Show the workloads of ${name} and their lines`
          : `Draw ${name} as one small box, its lines summarised`
      }
      onClick={onClick}
      onDoubleClick={(e) => {
        e.stopPropagation();
      }}
    >
      {collapsed ? 'Expand' : 'Collapse'}
    </button>
  );
}
