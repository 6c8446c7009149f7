import { useMemo, useState } from 'react';
import { PROTOCOLS } from '../../../model';
import type { Protocol } from '../../../model';
import {
  claimResults,
  claimText,
  connectionVerdict,
  lessonNodeChoices,
  lessonPortOf,
} from '../../../workshop';
import type { LessonClaim } from '../../../workshop';
import { useEditorApi } from '../../../store';
import type { StepPartProps } from './stepPartProps';
import { ProblemList } from './ProblemList';
import { PortField } from './PortField';

/**
 * What the step claims about traffic ("A → B is allowed"), each checked
 * against the step's design as the canvas draws it; a new claim starts as
 * the canvas has it, so a trainer writes down what the room will see.
 */
export function StepClaims({ index, step, problems }: StepPartProps) {
  const api = useEditorApi();
  const ends = useMemo(() => lessonNodeChoices(step.doc).filter((c) => c.canBeEnd), [step.doc]);
  const claims = step.expect ?? [];
  const results = useMemo(() => claimResults(step), [step]);
  const start = step.focus.connection ?? {
    from: ends[0]?.value ?? '',
    to: ends[1]?.value ?? ends[0]?.value ?? '',
    ...lessonPortOf(step.doc, ends[1]?.value ?? ''),
  };
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [port, setPort] = useState(start.port);
  const [protocol, setProtocol] = useState<Protocol>(start.protocol);
  const setClaims = (expect: readonly LessonClaim[]) => {
    api.getState().editAuthoring({ type: 'setStepClaims', index, expect });
  };
  const seen = connectionVerdict(step.doc, { from, to, port, protocol });
  const allowed = 'verdict' in seen ? seen.verdict.allowed : null;
  const endSelect = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          set(e.target.value);
        }}
      >
        {ends.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="lesson-editor-claims">
      <legend>What it claims</legend>
      {claims.length === 0 && (
        <p className="lesson-editor-hint">
          No claim yet: a claim is checked against the canvas, here and when the lesson opens.
        </p>
      )}
      <ul aria-label="Claims">
        {claims.map((claim, i) => {
          const result = results[i];
          const holds = result?.holds ?? false;
          return (
            <li key={`${claimText(claim)} ${String(i)}`}>
              <span>{claimText(claim)}</span>{' '}
              <span className={holds ? 'lesson-editor-holds' : 'field-problem'}>
                {holds ? '✓ the canvas agrees' : '✗ the canvas disagrees'}
              </span>{' '}
              <button
                type="button"
                aria-label={`Remove claim ${claimText(claim)}`}
                onClick={() => {
                  setClaims(claims.filter((_, j) => j !== i));
                }}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {ends.length > 0 && (
        <div className="lesson-editor-claim-new" role="group" aria-label="New claim">
          {endSelect('Claim from', from, setFrom)}
          {endSelect('Claim to', to, setTo)}
          <PortField
            port={port}
            onPort={setPort}
            label="Claim port"
            problemId="claim-port-problem"
          />
          <label>
            Claim protocol
            <select
              value={protocol}
              onChange={(e) => {
                const p = PROTOCOLS.find((x) => x === e.target.value);
                if (p !== undefined) setProtocol(p);
              }}
            >
              {PROTOCOLS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <p className="lesson-editor-hint" aria-live="polite">
            {allowed === null ? '' : `The canvas shows it ${allowed ? 'allowed' : 'blocked'}.`}
          </p>
          <button
            type="button"
            disabled={allowed === null}
            onClick={() => {
              if (allowed === null) return;
              setClaims([...claims, { from, to, port, protocol, allowed }]);
            }}
          >
            {allowed === null ? 'Add claim' : `Add claim: ${allowed ? 'allowed' : 'blocked'}`}
          </button>
        </div>
      )}
      <ProblemList
        id="step-problems-expect"
        problems={problems}
        field={`steps[${String(index)}].expect`}
      />
    </fieldset>
  );
}
