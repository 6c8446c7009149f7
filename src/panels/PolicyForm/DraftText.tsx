import { useId, useState } from 'react';

interface DraftTextProps {
  /** The accessible name; shown above the field unless `hideLabel`. */
  readonly label: string;
  readonly value: string;
  /** Called on Enter or when the field loses focus; returns why the text was refused, or null. */
  readonly onCommit: (text: string) => string | null;
  readonly hideLabel?: boolean;
  readonly placeholder?: string;
  readonly monospace?: boolean;
  readonly className?: string;
  readonly disabled?: boolean;
  /** Problems shown elsewhere that are about this field (marks it invalid). */
  readonly invalid?: boolean;
}

/** A text field of the policy form, applied on Enter or blur; Escape restores the value. */
export function DraftText(props: DraftTextProps) {
  const { label, value, onCommit, hideLabel, placeholder, monospace, className, disabled } = props;
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  if (seen !== value) {
    setSeen(value);
    setText(value);
    setProblem(null);
  }
  const commit = () => {
    setProblem(text === value ? null : onCommit(text));
  };
  const input = (
    <input
      id={id}
      className={[monospace === true ? 'is-mono' : '', className ?? ''].join(' ').trim()}
      value={text}
      placeholder={placeholder}
      spellCheck={false}
      disabled={disabled}
      aria-label={hideLabel === true ? label : undefined}
      aria-invalid={problem !== null || props.invalid === true}
      aria-describedby={problem === null ? undefined : `${id}-problem`}
      onChange={(e) => {
        setText(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setText(value);
          setProblem(null);
        }
      }}
    />
  );
  const note =
    problem === null ? null : (
      <p id={`${id}-problem`} className="field-problem" role="alert">
        {problem}
      </p>
    );
  if (hideLabel === true) {
    return (
      <>
        {input}
        {note}
      </>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
      {note}
    </div>
  );
}
