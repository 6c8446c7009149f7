import type { MouseEvent } from 'react';
import { nodeIdOf, useEditorApi, useEditorStore } from '../../store';
import { expandEnds } from '../collapse/expandEnds';
import { BoxToggleButton } from './BoxToggleButton';

/**
 * Collapses a namespace into one small box, or expands it again. A control
 * of its node: Tab reaches it right after the node (`focusOrder.ts`), and a
 * click does not select the namespace. A box opened while its layout is
 * worked out is still drawn collapsed (its cards wait for their places):
 * its control says "Opening…" until then, so a click that seems to do
 * nothing on a large design does not leave the user guessing.
 */
export function NamespaceToggle({ name, collapsed }: { name: string; collapsed: boolean }) {
  const api = useEditorApi();
  const opening = useEditorStore((s) => collapsed && s.opening.includes(name));
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    if (opening) return;
    const state = api.getState();
    if (collapsed) expandEnds(state, [nodeIdOf({ kind: 'namespace', name })]);
    else state.collapseStep([name], true);
  };
  const [word, label, title] = opening
    ? ['Opening…', `Opening namespace ${name}`, `Placing the workloads of ${name}`]
    : collapsed
      ? ['Expand', `Expand namespace ${name}`, `Show the workloads of ${name} and their lines`]
      : [
          'Collapse',
          `Collapse namespace ${name}`,
          `Draw ${name} as one small box, its lines summarised`,
        ];
  return (
    <BoxToggleButton word={word} label={label} title={title} busy={opening} onClick={onClick} />
  );
}
