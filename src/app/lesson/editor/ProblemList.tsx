import type { LessonProblem } from '../../../workshop';
import { lessonProblemsOf } from '../../../workshop';

/** The problems of one field, shown under it (`id` is what the field's aria-describedby names). */
export function ProblemList({
  id,
  problems,
  field,
}: {
  id: string;
  problems: readonly LessonProblem[];
  field: string;
}) {
  const messages = lessonProblemsOf(problems, field);
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="lesson-editor-problems">
      {messages.map((message) => (
        <li key={message} className="field-problem">
          {message}
        </li>
      ))}
    </ul>
  );
}

/** The props that tie an input to its problems: aria-invalid and aria-describedby. */
export function problemProps(
  problems: readonly LessonProblem[],
  field: string,
  id: string,
): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  const invalid = lessonProblemsOf(problems, field).length > 0;
  return invalid ? { 'aria-invalid': true, 'aria-describedby': id } : { 'aria-invalid': false };
}
