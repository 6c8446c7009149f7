import { selectNetworkBanner, useEditorStore } from '../../store';
import type { EditorState } from '../../store';

const selectInLesson = (s: EditorState) => s.lessonSession !== null;

/**
 * Says plainly that the policies are not enforced (Flannel, no plugin); in a
 * lesson, also how to read its steps, which speak of what the policies block.
 */
export function PluginBanner() {
  const banner = useEditorStore(selectNetworkBanner);
  const inLesson = useEditorStore(selectInLesson);
  if (banner === null) return null;
  const reading = inLesson
    ? 'Where this lesson says blocked, it tells what the policies would do on a cluster that enforces them.'
    : 'The policy view stays available: select a line to see what the policies say.';
  const text = `${banner} ${reading}`;
  return (
    <p className="plugin-banner" role="note" aria-label="Policies not enforced" title={text}>
      {text}
    </p>
  );
}
