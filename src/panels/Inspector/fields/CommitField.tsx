import { useId, useState } from 'react';

interface CommitFieldProps {
  readonly label: string;
  readonly value: string;
  /** Returns the problem with the new value, or null when it was applied. */
  readonly onCommit: (value: string) => string | null;
  readonly placeholder?: string;
  readonly monospace?: boolean;
}

/** A text field applied on Enter or when it loses focus; Escape restores the value. */
export function CommitField({ label, value, onCommit, placeholder, monospace }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setProblem(null);
  }
  const commit = () => {
    if (draft === value) {
      setProblem(null);
      return;
    }
    setProblem(onCommit(draft));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={monospace === true ? 'is-mono' : ''}
        value={draft}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={problem !== null}
        // Nothing typed since the value was applied: Ctrl+Z is the app's Undo (`keptByField`).
        data-undo={draft === value ? 'app' : undefined}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
        onChange={(e) => {
          setDraft(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(value);
            setProblem(null);
          }
        }}
      />
      {problem !== null && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
