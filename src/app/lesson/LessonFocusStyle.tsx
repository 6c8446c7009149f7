import { selectLessonFocusNodes, useEditorStore } from '../../store';

/** The lesson's own mark: a violet ring, unlike the amber of a picked policy. */
const FOCUS_RULE = 'border-color: #6d28d9; box-shadow: 0 0 0 4px rgb(109 40 217 / 0.45);';

/**
 * Highlights the nodes the lesson step points at. React Flow marks each node's
 * wrapper with its id (`data-id`), so a style rule per focused id outlines them
 * without the canvas knowing about lessons.
 */
export function LessonFocusStyle() {
  const ids = useEditorStore(selectLessonFocusNodes);
  if (ids.length === 0) return null;
  const selectors = ids.map(
    (id) => `.react-flow__node[data-id="${CSS.escape(id)}"] :is(.nc-node, .nc-namespace)`,
  );
  return <style>{`${selectors.join(',\n')} { ${FOCUS_RULE} }`}</style>;
}
