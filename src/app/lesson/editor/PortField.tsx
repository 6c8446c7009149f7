import { useState } from 'react';

/** A port number as typed: kept here until it is one (1 to 65535), with the problem shown. */
export function PortField({
  port,
  onPort,
  label = 'Port',
  problemId = 'step-port-problem',
}: {
  port: number;
  onPort: (port: number) => void;
  label?: string;
  problemId?: string;
}) {
  const [text, setText] = useState(String(port));
  const value = Number(text);
  const valid = /^[0-9]+$/.test(text) && value >= 1 && value <= 65535;
  return (
    <div className="lesson-editor-port-field">
      <label>
        {label}
        <input
          className="lesson-editor-port"
          inputMode="numeric"
          value={text}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : problemId}
          onChange={(e) => {
            const typed = e.target.value.trim();
            setText(typed);
            const n = Number(typed);
            if (/^[0-9]+$/.test(typed) && n >= 1 && n <= 65535) onPort(n);
          }}
        />
      </label>
      {!valid && (
        <span id={problemId} className="field-problem">
          A port is a number from 1 to 65535; the step keeps {port}.
        </span>
      )}
    </div>
  );
}
