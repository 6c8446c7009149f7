import { problemText } from './formProblems';
import { useProblemsAt } from './formContext';

interface FieldProblemsProps {
  readonly anchor: string;
  /** Only the problems whose path this accepts (a field of the anchor's part). */
  readonly only?: (path: string) => boolean;
}

/** The API server's messages about one part of the form (errors stop the edit, warnings do not). */
export function FieldProblems({ anchor, only }: FieldProblemsProps) {
  const problems = useProblemsAt(anchor).filter((p) => only === undefined || only(p.path));
  if (problems.length === 0) return null;
  return (
    <div className="pf-problems">
      {problems.map((p, i) =>
        p.severity === 'error' ? (
          <p key={i} className="is-error" role="alert">
            {problemText(p)}
          </p>
        ) : (
          <p key={i} className="is-warning">
            Warning: {problemText(p)}
          </p>
        ),
      )}
    </div>
  );
}
