import { useMemo } from 'react';
import { PROTOCOLS } from '../../../model';
import type { Protocol } from '../../../model';
import { lessonNodeChoices, lessonPortOf } from '../../../workshop';
import type { LessonConnection, LessonProblem, LessonStep } from '../../../workshop';
import { useEditorApi } from '../../../store';
import { PortField } from './PortField';
import { ProblemList } from './ProblemList';

const NONE = '';

/**
 * What a step rings on the canvas: nodes (ticked), and the connection it is
 * about (its line is selected and explained, as a built-in step's is).
 */
export function StepRings({
  index,
  step,
  problems,
}: {
  index: number;
  step: LessonStep;
  problems: readonly LessonProblem[];
}) {
  const api = useEditorApi();
  const choices = useMemo(() => lessonNodeChoices(step.doc), [step.doc]);
  const ends = choices.filter((c) => c.canBeEnd);
  const { focus, doc } = step;
  const nodes = focus.nodes ?? [];
  const { connection } = focus;
  const setFocus = (next: { nodes?: readonly string[]; connection?: LessonConnection | null }) => {
    const keptNodes = next.nodes ?? nodes;
    const keptConnection = next.connection === undefined ? connection : next.connection;
    api.getState().editAuthoring({
      type: 'setStepFocus',
      index,
      focus: {
        // What the editor does not change (the lines a step draws) is kept.
        ...(focus.lines === undefined ? {} : { lines: focus.lines }),
        ...(keptNodes.length > 0 ? { nodes: keptNodes } : {}),
        ...(keptConnection === null || keptConnection === undefined
          ? {}
          : { connection: keptConnection }),
      },
    });
  };
  const setEnd = (side: 'from' | 'to', value: string) => {
    if (value === NONE) {
      setFocus({ connection: null });
      return;
    }
    const other = side === 'from' ? connection?.to : connection?.from;
    const otherEnd = other ?? ends.find((c) => c.value !== value)?.value ?? value;
    const from = side === 'from' ? value : otherEnd;
    const to = side === 'to' ? value : otherEnd;
    const port = connection?.to === to ? connection : lessonPortOf(doc, to);
    setFocus({ connection: { from, to, port: port.port, protocol: port.protocol } });
  };
  return (
    <div className="lesson-editor-rings">
      <fieldset className="lesson-editor-nodes">
        <legend>It rings</legend>
        {choices.length === 0 && <p className="lesson-editor-hint">This step’s design is empty.</p>}
        {choices.map((c) => (
          <label key={c.value}>
            <input
              type="checkbox"
              checked={nodes.includes(c.value)}
              onChange={(e) => {
                const rest = nodes.filter((n) => n !== c.value);
                setFocus({ nodes: e.target.checked ? [...rest, c.value] : rest });
              }}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="lesson-editor-connection">
        <legend>The connection it is about</legend>
        <label>
          From
          <select
            value={connection?.from ?? NONE}
            onChange={(e) => {
              setEnd('from', e.target.value);
            }}
          >
            <option value={NONE}>(none)</option>
            {ends.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select
            value={connection?.to ?? NONE}
            onChange={(e) => {
              setEnd('to', e.target.value);
            }}
          >
            <option value={NONE}>(none)</option>
            {ends.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {connection !== undefined && (
          <>
            <PortField
              key={connection.to}
              port={connection.port}
              onPort={(port) => {
                setFocus({ connection: { ...connection, port } });
              }}
            />
            <label>
              Protocol
              <select
                value={connection.protocol}
                onChange={(e) => {
                  const protocol = PROTOCOLS.find((p) => p === e.target.value);
                  if (protocol !== undefined) setFocus({ connection: { ...connection, protocol } });
                }}
              >
                {PROTOCOLS.map((p: Protocol) => (
                  <option key={p}>{p}</option>
                ))}
              </select>
            </label>
          </>
        )}
      </fieldset>
      <ProblemList id={`step-problems-focus`} problems={problems} field={`steps[${index}].focus`} />
    </div>
  );
}
