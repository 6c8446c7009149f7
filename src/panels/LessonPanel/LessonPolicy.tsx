import { useEffect, useRef } from 'react';
import { selectLessonPolicy, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import './lessonPolicy.css';

const selectPresenting = (s: EditorState) => s.presenting;
const selectWalking = (s: EditorState) => s.walk !== null;

/**
 * The policy the lesson step is about, beside the canvas: its YAML alone, in
 * large monospace, with the lines the step speaks of marked (the dash before
 * `podSelector` that makes a second `from` element), so the room reads it
 * while the canvas shows what it does. While a connection is walked the
 * pane steps aside: the walk's callouts and stops explain the same rules, and
 * on a 1280 px screen they need the canvas's whole width.
 */
export function LessonPolicy() {
  const listing = useEditorStore(selectLessonPolicy);
  const presenting = useEditorStore(selectPresenting);
  const walking = useEditorStore(selectWalking);
  const pane = useRef<HTMLElement>(null);
  // A long policy on a small screen: its marked lines are brought into view (a third down).
  useEffect(() => {
    const box = pane.current;
    const first = box?.querySelector('mark');
    if (box == null || first == null) return;
    box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, [listing, presenting]);
  if (listing === null || walking) return null;
  return (
    <aside ref={pane} className="lesson-policy" aria-label={`Policy ${listing.name}`}>
      <h2 className="lesson-policy-title">{listing.name}</h2>
      <pre className="lesson-policy-yaml">
        <code>
          {listing.lines.map((line, i) =>
            line.marked ? (
              <mark key={i} className="lesson-policy-line">
                {line.text}
              </mark>
            ) : (
              <span key={i} className="lesson-policy-line">
                {line.text}
              </span>
            ),
          )}
        </code>
      </pre>
    </aside>
  );
}
