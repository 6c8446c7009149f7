import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { selectLessonPolicy, useEditorStore } from '../../store';
import type { EditorState } from '../../store';
import './lessonPolicy.css';
import { listingScrollTop } from './listingScroll';
import type { MarkedSpan } from './listingScroll';

const selectPresenting = (s: EditorState) => s.presenting;
const selectWalking = (s: EditorState) => s.walk !== null;

/** Where the pane's marked lines lie within its content, or null when none is marked. */
function markedSpan(box: HTMLElement): MarkedSpan | null {
  const marks = box.querySelectorAll('mark');
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (first === undefined || last === undefined) return null;
  const origin = box.getBoundingClientRect().top - box.scrollTop;
  return {
    top: first.getBoundingClientRect().top - origin,
    bottom: last.getBoundingClientRect().bottom - origin,
  };
}

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
  // Opens at the top, or (a long policy on a small screen) at its marked lines; again when the
  // pane changes size (presentation's larger type, the lesson text folded or unfolded).
  useEffect(() => {
    const box = pane.current;
    if (box === null) return;
    const place = () => {
      box.scrollTop = listingScrollTop(markedSpan(box), box.clientHeight);
    };
    place();
    const watch = new ResizeObserver(place);
    watch.observe(box);
    return () => {
      watch.disconnect();
    };
  }, [listing, presenting, walking]);
  if (listing === null || walking) return null;
  // The pane is at least as wide as its longest marked line, so the lines the step speaks of
  // are whole; other lines may scroll sideways.
  const marked = Math.max(0, ...listing.lines.filter((l) => l.marked).map((l) => l.text.length));
  const width = { '--lesson-policy-marked': `${String(marked)}ch` } as CSSProperties;
  return (
    <aside ref={pane} className="lesson-policy" style={width} aria-label={`Policy ${listing.name}`}>
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
