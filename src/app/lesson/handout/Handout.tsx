import { useEffect, useMemo, useRef } from 'react';
import type { Lesson } from '../../../workshop';
import { handoutDiagram } from '../../../workshop';
import { useEditorApi } from '../../../store';
import './handout.css';
import { HandoutDiagramView } from './HandoutDiagramView';

/**
 * A lesson as a handout: every step's title, text and diagram, one after the
 * other, on screen to check and then printed (the print stylesheet prints
 * only this).
 */
export function Handout({ lesson }: { lesson: Lesson }) {
  const api = useEditorApi();
  const sheet = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keys go to the sheet (Escape closes it), not to the lesson behind it.
    sheet.current?.focus();
  }, []);
  const diagrams = useMemo(() => lesson.steps.map(handoutDiagram), [lesson]);
  const close = () => {
    api.getState().showHandout(null);
  };
  return (
    <section
      ref={sheet}
      tabIndex={-1}
      className="handout-layer"
      aria-label="Handout"
      role="dialog"
      aria-modal="true"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <div className="handout-tools">
        <button
          type="button"
          className="is-primary"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
        <button type="button" onClick={close}>
          Close handout
        </button>
      </div>
      <header className="handout-head">
        <h1>{lesson.title}</h1>
        {lesson.summary !== '' && <p>{lesson.summary}</p>}
      </header>
      {lesson.steps.map((step, i) => {
        const diagram = diagrams[i];
        return (
          <article key={i} className="handout-step" aria-label={`Step ${i + 1}`}>
            <h2>{`Step ${i + 1} of ${lesson.steps.length}: ${step.title}`}</h2>
            {step.text.split(/\r?\n/).map((line, j) => (
              <p key={j}>{line}</p>
            ))}
            {diagram !== undefined && (
              <HandoutDiagramView diagram={diagram} label={`Diagram of step ${i + 1}`} />
            )}
          </article>
        );
      })}
    </section>
  );
}
