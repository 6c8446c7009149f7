import type { MouseEvent } from 'react';
import { OUTSIDE_GROUP_ID, OUTSIDE_GROUP_NAME, useEditorApi } from '../../store';
import { expandEnds } from '../collapse/expandEnds';
import { BoxToggleButton } from './BoxToggleButton';

/**
 * Collapses the group outside the cluster into one small box, or expands it again, as a
 * namespace's control does (`NamespaceToggle`): its cards have their places already, so it
 * opens at once.
 */
export function OutsideToggle({ collapsed }: { collapsed: boolean }) {
  const api = useEditorApi();
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    const state = api.getState();
    if (collapsed) expandEnds(state, [OUTSIDE_GROUP_ID]);
    else state.collapseStep([OUTSIDE_GROUP_ID], true);
  };
  const [word, title] = collapsed
    ? ['Expand', 'Show the IP blocks and endpoints outside the cluster, and their lines']
    : ['Collapse', 'Draw the IP blocks and endpoints as one small box, their lines summarised'];
  return (
    <BoxToggleButton
      word={word}
      label={`${word} ${OUTSIDE_GROUP_NAME}`}
      title={title}
      onClick={onClick}
    />
  );
}
