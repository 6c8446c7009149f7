import { useEffect, useState } from 'react';
import { useEditorApi, useEditorStore } from '../store';
import type { EditorState } from '../store';

const selectTitle = (s: EditorState) => s.doc.title ?? '';
const selectLessonTitle = (s: EditorState) => s.lessonSession?.lesson.title ?? null;

/**
 * The design's name, editable in the toolbar. A name typed is one edit (one undo step) when
 * the field is left or Enter is pressed; Escape gives back the name as it was. During a lesson
 * the design on show is the lesson's: the field reads the lesson's name (its step's design's own
 * name, if it has one), and is not for renaming it.
 */
export function DesignTitle() {
  const api = useEditorApi();
  const title = useEditorStore(selectTitle);
  const lessonTitle = useEditorStore(selectLessonTitle);
  const [draft, setDraft] = useState(title);
  // Undo, redo and opened designs change the name: the field follows.
  useEffect(() => {
    setDraft(title);
  }, [title]);
  if (lessonTitle !== null) {
    return (
      <input
        className="app-design-title"
        type="text"
        aria-label="Design name"
        title="The lesson's design: Exit lesson brings your own design back"
        readOnly
        value={title === '' ? lessonTitle : title}
      />
    );
  }
  const commit = () => {
    api.getState().dispatch({ type: 'setTitle', title: draft });
    setDraft(api.getState().doc.title ?? '');
  };
  return (
    <input
      className="app-design-title"
      type="text"
      aria-label="Design name"
      placeholder="Untitled design"
      title="The design's name: in the tab's title and the names of saved and exported files"
      maxLength={120}
      spellCheck={false}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          setDraft(title);
          e.stopPropagation();
        }
      }}
    />
  );
}
